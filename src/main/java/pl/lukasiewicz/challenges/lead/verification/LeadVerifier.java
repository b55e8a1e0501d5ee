package pl.lukasiewicz.challenges.lead.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.lukasiewicz.challenges.decision.Decisions;
import pl.lukasiewicz.challenges.decision.RuleOutcome;
import pl.lukasiewicz.challenges.decision.RuleRequest;
import pl.lukasiewicz.challenges.lead.Lead;
import pl.lukasiewicz.challenges.lead.classification.PolishLemmatiser;

/**
 * Verifies a stored lead with the active version of the lead-verification rules: gathers the
 * facts (the request, its identifiers, the open leads it may repeat, the mail-domain lists),
 * fires the rules through the decision log, and returns their findings.
 */
@ApplicationScoped
public class LeadVerifier {

    /** Open leads compared with a new one, newest first. */
    static final int OPEN_LEADS_COMPARED = 50;

    /** Contact details the rules only need to know are present; the log keeps no more. */
    private static final Set<String> PERSONAL_FIELDS = Set.of("contactPerson", "email", "phone");
    private static final ObjectMapper FACTS = new ObjectMapper();

    private final VerificationFacts facts =
            new VerificationFacts(ReferenceLists.packaged(), new PolishLemmatiser());

    @Inject
    Decisions decisions;

    public VerificationResult verify(Lead lead, String caller) {
        List<Object> gathered = facts.gather(LeadDetails.of(lead), openLeadsLike(lead));

        RuleOutcome<Finding> outcome = decisions.fire(new RuleRequest(LeadVerification.RULE_SET,
                gathered, logged(gathered), lead.id, caller), Finding.class);

        List<Finding> findings = outcome.outcomes().stream()
                .sorted(LeadVerification.BLOCKING_FIRST).toList();
        return new VerificationResult(findings, outcome.firedRules(), outcome.contentHash());
    }

    /** Other leads of the same NIP or organisation name: the candidates for a duplicate. */
    private static List<OpenLeadSummary> openLeadsLike(Lead lead) {
        return Lead.<Lead>find("id <> ?1 and (nip = ?2 or lower(organisationName) = lower(?3))"
                        + " order by id desc", lead.id, lead.nip, lead.organisationName)
                .page(0, OPEN_LEADS_COMPARED).stream()
                .map(other -> new OpenLeadSummary(other.id, other.nip, other.organisationName,
                        other.title))
                .toList();
    }

    /** The facts by kind, with contact details reduced to whether they were given. */
    static Map<String, Object> logged(List<Object> gathered) {
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (Object fact : gathered) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = FACTS.convertValue(fact, LinkedHashMap.class);
            PERSONAL_FIELDS.forEach(name -> fields.computeIfPresent(name, (key, value) -> "given"));
            @SuppressWarnings("unchecked")
            List<Object> ofKind = (List<Object>) byKind.computeIfAbsent(
                    fact.getClass().getSimpleName(), kind -> new ArrayList<>());
            ofKind.add(fields);
        }
        return byKind;
    }
}
