package pl.lukasiewicz.challenges.lead;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.platform.SampleRequests;

/**
 * Runs the twenty bundled real requests through the real intake and compares the suggested
 * class with the analyst's label. The floor is the agreement reached when the table was
 * written; a change that lowers it is a regression to look at.
 */
@QuarkusTest
class RealRequestsAgreementTest {

    private static final int AGREEMENT_FLOOR = 19;
    private static final List<String> CLASSES = List.of("P+U", "B+R", "STANDARD_SALE", "REJECT");
    private static final Map<String, String> LABEL_TO_CLASS = Map.of(
            "P+U", "P+U", "B+R", "B+R", "standard sale", "STANDARD_SALE",
            "out of scope", "REJECT");

    @Test
    void theTableAgreesWithTheAnalystOnAtLeastTheMeasuredShareOfRealRequests() {
        List<SampleRequests.Sample> samples = SampleRequests.all();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        int agreed = 0;

        for (SampleRequests.Sample sample : samples) {
            String suggested = given().contentType(ContentType.JSON).body(sample.webFormJson())
                    .when().post("/leads")
                    .then().log().ifValidationFails().statusCode(201)
                    .extract().jsonPath().getString("classification.leadClass");
            String expected = LABEL_TO_CLASS.get(sample.analystLabel());
            confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(suggested, 1,
                    Integer::sum);
            if (expected.equals(suggested)) {
                agreed++;
            } else {
                System.out.printf("%s: analyst %s, table %s%n", sample.id(), expected, suggested);
            }
        }

        System.out.println(table(confusion));
        System.out.printf("Agreement with the analyst: %d of %d%n", agreed, samples.size());
        assertEquals(20, samples.size());
        assertTrue(agreed >= AGREEMENT_FLOOR,
                "agreement fell to " + agreed + " of 20, below the floor of " + AGREEMENT_FLOOR);
    }

    private static String table(Map<String, Map<String, Integer>> confusion) {
        StringBuilder out = new StringBuilder(String.format("%-15s", "analyst \\ table"));
        CLASSES.forEach(c -> out.append(String.format("%15s", c)));
        out.append('\n');
        for (String expected : CLASSES) {
            out.append(String.format("%-15s", expected));
            for (String suggested : CLASSES) {
                int count = confusion.getOrDefault(expected, Map.of()).getOrDefault(suggested, 0);
                out.append(String.format("%15d", count));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
