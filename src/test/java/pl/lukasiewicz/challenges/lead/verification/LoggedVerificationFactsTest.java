package pl.lukasiewicz.challenges.lead.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static pl.lukasiewicz.challenges.lead.verification.RequestToVerify.aCompanyRequest;
import static pl.lukasiewicz.challenges.lead.verification.RequestToVerify.anEmptyRequest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.decision.CompiledRuleSet;
import pl.lukasiewicz.challenges.lead.classification.PolishLemmatiser;

/** A logged verification, read back for a what-if, gets the findings the lead got. */
class LoggedVerificationFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final CompiledRuleSet RULES = LeadVerification.packaged().rules();
    private static final VerificationFacts FACTS =
            new VerificationFacts(ReferenceLists.packaged(), new PolishLemmatiser());
    private static final List<OpenLeadSummary> OPEN_LEADS = List.of(
            new OpenLeadSummary(17, "5260250274", "Inna nazwa S.A.", "Audyt energetyczny"),
            new OpenLeadSummary(21, null, "Przykładowa sp. z o. o.",
                    "Badanie laboratoryjne próbki wody morskiej"));

    private final LoggedVerificationFacts replay = new LoggedVerificationFacts();

    @Test
    void requestsWithAndWithoutFindingsGetTheSameFindingsFromTheirLoggedFacts() {
        RequestToVerify freeMail = aCompanyRequest();
        freeMail.email = "zamowienia@gmail.com";
        freeMail.nip = null;
        RequestToVerify institute = aCompanyRequest();
        institute.organisationName = "Sieć Badawcza Łukasiewicz – Instytut Mikroelektroniki";
        institute.regon = "123456786";
        RequestToVerify privatePerson = aCompanyRequest();
        privatePerson.organisationName = "Nowak Anna";
        privatePerson.phone = null;

        Set<String> codes = new TreeSet<>();

        for (RequestToVerify request : List.of(aCompanyRequest(), anEmptyRequest(), freeMail,
                institute, privatePerson)) {
            List<Object> gathered = FACTS.gather(request.details(), OPEN_LEADS);

            List<Finding> decided = findings(gathered);
            List<Finding> replayed = findings(replay.facts(logRow(gathered)));

            assertEquals(decided, replayed, "replayed findings of " + request.organisationName);
            decided.forEach(finding -> codes.add(finding.code()));
        }
        assertTrue(codes.containsAll(Set.of("DUPLICATE_OF_OPEN_LEAD",
                "NEAR_DUPLICATE_OF_OPEN_LEAD", "FREE_MAIL_FOR_ORGANISATION", "NIP_MISSING",
                "CLIENT_IS_NETWORK_INSTITUTE", "REGON_CHECKSUM_INVALID", "CONTACT_MISSING",
                "NEED_NOT_DESCRIBED")), "findings compared: " + codes);
    }

    @Test
    void anAddressQuotedInAReasonIsReplayedAsGiven() {
        RequestToVerify request = aCompanyRequest();
        request.email = "anna.nowak@przyklad";
        List<Object> gathered = FACTS.gather(request.details(), List.of());

        Finding replayed = findings(replay.facts(logRow(gathered))).get(0);

        assertEquals("EMAIL_MALFORMED", replayed.code());
        assertTrue(replayed.reason().contains("„given”"), replayed.reason());
        assertFalse(replayed.reason().contains("anna.nowak"), replayed.reason());
    }

    @Test
    void aRowWithAFactOfAnUnknownKindIsRefusedWithTheKindsItKnows() {
        Map<String, Object> row = Map.of("Invoice", List.of(Map.of("amount", 10)));

        IllegalArgumentException refusal =
                assertThrows(IllegalArgumentException.class, () -> replay.facts(row));

        assertTrue(refusal.getMessage().contains("'Invoice'"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("Request"), refusal.getMessage());
    }

    private static List<Finding> findings(List<Object> facts) {
        return RULES.fire(facts, Finding.class).outcomes().stream()
                .sorted(LeadVerification.BLOCKING_FIRST).toList();
    }

    /** The facts as a log row keeps them: contact details masked, then stored as JSON. */
    private static Map<String, Object> logRow(List<Object> gathered) {
        try {
            String stored = JSON.writeValueAsString(LeadVerifier.logged(gathered));
            return JSON.readValue(stored, new TypeReference<Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
