package pl.lukasiewicz.challenges.lead.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Agreement between the table and one analyst's labels on twenty real public requests
 * ({@code samples/rfq/requests.jsonl}). The requests came as notices, not through the web
 * form, so the declared need is NOT_SURE for all of them.
 */
class RealRequestsAgreementTest {

    private static final String SAMPLES = "samples/rfq/requests.jsonl";
    private static final List<String> CLASSES = List.of("B+R", "P+U", "STANDARD_SALE", "REJECT");
    private static final Map<String, String> CLASS_OF_LABEL = Map.of(
            "B+R", "B+R",
            "P+U", "P+U",
            "standard sale", "STANDARD_SALE",
            "out of scope", "REJECT");

    /** Measured: 19 of 20 (rfq-012 differs); see docs/lead-classification.md. */
    private static final int AGREEMENT_FLOOR = 19;

    private final LeadFeatureExtractor extractor = new LeadFeatureExtractor();
    private final LeadClassificationDecision table = LeadClassificationDecision.packaged();

    @Test
    void theTableAgreesWithTheAnalystOnAtLeastNineteenOfTheTwentyRealRequests()
            throws IOException {
        List<JsonNode> requests = samples();

        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode request : requests) {
            LeadText lead = new LeadText(request.get("buyer").asText(),
                    request.get("title").asText(), request.get("description").asText(),
                    "NOT_SURE");
            LeadClassification decided = table.decide(extractor.extract(lead));
            String label = request.get("label").asText();
            assertTrue(CLASS_OF_LABEL.containsKey(label), "an unknown label: " + label);
            outcomes.add(new Outcome(request.get("id").asText(), CLASS_OF_LABEL.get(label),
                    decided));
        }

        System.out.println(confusionTable(outcomes));
        long agreed = outcomes.stream().filter(Outcome::agrees).count();
        assertEquals(20, outcomes.size());
        assertTrue(agreed >= AGREEMENT_FLOOR, agreed + " of " + outcomes.size() + " agree");
    }

    private static List<JsonNode> samples() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> requests = new ArrayList<>();
        InputStream in = RealRequestsAgreementTest.class.getClassLoader()
                .getResourceAsStream(SAMPLES);
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    requests.add(json.readTree(line));
                }
            }
        }
        return requests;
    }

    private static String confusionTable(List<Outcome> outcomes) {
        StringBuilder table = new StringBuilder("analyst \\ table");
        CLASSES.forEach(predicted -> table.append(String.format(" | %13s", predicted)));
        table.append('\n');
        for (String labelled : CLASSES) {
            table.append(String.format("%-15s", labelled));
            for (String predicted : CLASSES) {
                long count = outcomes.stream()
                        .filter(o -> o.labelled().equals(labelled))
                        .filter(o -> o.decided().leadClass().equals(predicted))
                        .count();
                table.append(String.format(" | %13d", count));
            }
            table.append('\n');
        }
        outcomes.stream().filter(o -> !o.agrees()).forEach(o -> table.append(String.format(
                "differs: %s analyst %s, table %s %s: %s%n", o.id(), o.labelled(),
                o.decided().leadClass(), o.decided().priority(), o.decided().reason())));
        return table.toString();
    }

    private record Outcome(String id, String labelled, LeadClassification decided) {

        boolean agrees() {
            return labelled.equals(decided.leadClass());
        }
    }
}
