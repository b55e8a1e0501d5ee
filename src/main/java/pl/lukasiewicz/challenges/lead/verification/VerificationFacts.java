package pl.lukasiewicz.challenges.lead.verification;

import java.net.IDN;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pl.lukasiewicz.challenges.lead.Nip;
import pl.lukasiewicz.challenges.lead.Regon;
import pl.lukasiewicz.challenges.lead.classification.PolishLemmatiser;

/**
 * Gathers the facts the verification rules decide on: the request as read from its fields,
 * its NIP and REGON with their check digits worked out, the open leads it may repeat with how
 * alike their titles are, the entries of the domain lists that the sender's domain matches,
 * and the network's institutes. It decides nothing itself.
 */
final class VerificationFacts {

    private final ReferenceLists lists;
    private final TitleSimilarity titles;

    VerificationFacts(ReferenceLists lists, PolishLemmatiser lemmatiser) {
        this.lists = lists;
        this.titles = new TitleSimilarity(lemmatiser);
    }

    List<Object> gather(LeadDetails lead, List<OpenLeadSummary> openLeads) {
        List<Object> facts = new ArrayList<>();

        Request request = request(lead);
        facts.add(request);
        identifier(IdentifierKind.NIP, lead.nip()).ifPresent(facts::add);
        identifier(IdentifierKind.REGON, lead.regon()).ifPresent(facts::add);

        for (OpenLeadSummary open : openLeads) {
            if (!Long.valueOf(open.id()).equals(lead.leadId())) {
                facts.add(openLead(open, lead.title()));
            }
        }

        for (String domain : request.emailDomains()) {
            if (lists.freeMailDomains().contains(domain)) {
                facts.add(new FreeMailDomain(domain));
            }
            if (lists.disposableMailDomains().contains(domain)) {
                facts.add(new DisposableMailDomain(domain));
            }
        }
        facts.addAll(lists.networkInstitutes());
        facts.addAll(lists.networkNames());
        return facts;
    }

    private static Request request(LeadDetails lead) {
        String organisation = text(lead.organisationName());
        String contact = text(lead.contactPerson());
        String email = text(lead.email());
        String domain = emailDomain(email);
        return new Request(
                organisation,
                OrganisationNames.normalised(organisation),
                OrganisationNames.phrases(organisation),
                OrganisationNames.sameWords(organisation, contact),
                lead.clientType() == null ? ClientType.NOT_STATED : lead.clientType(),
                contact,
                email,
                domain,
                withParents(domain),
                OrganisationNames.domainResembles(domain, organisation),
                text(lead.phone()),
                text(lead.title()),
                text(lead.description()));
    }

    private static Optional<Identifier> identifier(IdentifierKind kind, String written) {
        String number = text(written);
        if (number == null) {
            return Optional.empty();
        }
        Optional<String> digits = kind == IdentifierKind.NIP
                ? Nip.digitsOf(number) : Regon.digitsOf(number);
        boolean valid = digits.map(kind == IdentifierKind.NIP
                ? Nip::hasValidCheckDigit : Regon::hasValidCheckDigits).orElse(false);
        return Optional.of(new Identifier(kind, number, digits.orElse(null),
                digits.isPresent(), valid));
    }

    private OpenLead openLead(OpenLeadSummary open, String requestTitle) {
        String nip = text(open.nip()) == null ? null : Nip.digitsOf(open.nip()).orElse(null);
        return new OpenLead(open.id(), nip, open.organisationName(),
                OrganisationNames.normalised(open.organisationName()), open.title(),
                titles.between(requestTitle, open.title()));
    }

    /** The domain of an address with one @, in lower case; null when there is none. */
    static String emailDomain(String email) {
        if (email == null || email.chars().filter(c -> c == '@').count() != 1
                || email.startsWith("@") || email.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String written = email.substring(email.indexOf('@') + 1);
        if (written.endsWith(".")) {
            written = written.substring(0, written.length() - 1);
        }
        String domain;
        try {
            domain = IDN.toASCII(written, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            return null;
        }
        return ReferenceLists.DOMAIN.matcher(domain).matches() ? domain : null;
    }

    /** The domain and every domain above it, without the top-level one. */
    static List<String> withParents(String domain) {
        if (domain == null) {
            return List.of();
        }
        String[] labels = domain.split("\\.");
        List<String> domains = new ArrayList<>();
        for (int start = 0; start < labels.length - 1; start++) {
            domains.add(String.join(".", Arrays.copyOfRange(labels, start, labels.length)));
        }
        return domains;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
