package pl.lukasiewicz.challenges.decision.tck;

import static io.restassured.config.EncoderConfig.encoderConfig;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lukasiewicz.challenges.web.Roles.ANALYST;
import static pl.lukasiewicz.challenges.support.Users.as;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.lukasiewicz.challenges.decision.tck.TckModels.TckModel;
import pl.lukasiewicz.challenges.decision.tck.TckTestCases.TckCase;

/**
 * The TCK models as a peer's test suite for the registry: each model is uploaded and
 * activated over HTTP as an analyst would, and each case is decided over HTTP as a CRM would
 * ask, with every expected result compared exactly (see {@link TckResults}). Numbers in the
 * answers are read as {@link java.math.BigDecimal}, so no digit is lost on the way.
 */
@QuarkusTest
class TckThroughTheRegistryTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final JsonPathConfig EXACT_NUMBERS =
            new JsonPathConfig(NumberReturnType.BIG_DECIMAL);
    private static final RestAssuredConfig BYTES_AS_SENT = RestAssured.config()
            .encoderConfig(encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(
                    false));

    static Stream<Arguments> everyTckCase() {
        return TckModels.all().stream().flatMap(model -> model.cases().stream()
                .map(tckCase -> Arguments.of(model.name(), tckCase.id())));
    }

    @ParameterizedTest(name = "{0} case {1}")
    @MethodSource("everyTckCase")
    void aTckModelUploadedAtRunTimeDecidesEveryCaseWithTheExpectedResults(String modelName,
            String caseId) throws Exception {
        TckModel model = model(modelName);
        TckCase tckCase = model.cases().stream().filter(c -> c.id().equals(caseId))
                .findFirst().orElseThrow();
        uploadAndActivate(model);

        String answer = as(ANALYST).contentType("application/json")
                .body(JSON.writeValueAsBytes(tckCase.inputs()))
                .when().post("/decisions/{name}", model.name())
                .then().statusCode(200)
                .extract().asString();

        Map<String, Object> results = JsonPath.from(answer).using(EXACT_NUMBERS)
                .getMap("results");
        List<String> differences = new ArrayList<>();
        tckCase.expectedResults().forEach((decision, expected) -> {
            if (!results.containsKey(decision)) {
                differences.add(decision + ": no result came back; results came for "
                        + results.keySet());
                return;
            }
            differences.addAll(TckResults.differences(decision, expected, results.get(decision)));
        });
        assertEquals(List.of(), differences, "inputs " + tckCase.inputs() + ", answer " + answer);
    }

    @Test
    void eachTckModelIsKeptActiveWithTheHashOfItsExactBytes() throws Exception {
        List<TckModel> models = TckModels.all();

        for (TckModel model : models) {
            uploadAndActivate(model);
        }

        List<Map<String, Object>> versions = as(ANALYST).when().get("/decision-models")
                .then().statusCode(200).extract().jsonPath().getList("$");
        for (TckModel model : models) {
            String hash = sha256(model.dmnFile());
            assertTrue(versions.stream().anyMatch(v -> model.name().equals(v.get("modelName"))
                    && hash.equals(v.get("contentHash")) && Boolean.TRUE.equals(v.get("active"))),
                    model.name() + " is not active with content hash " + hash + ": " + versions);
        }
    }

    /** Uploads the file as it is; the same content uploaded again is already kept. */
    private static void uploadAndActivate(TckModel model) {
        as(ANALYST).config(BYTES_AS_SENT).contentType("application/xml").body(model.dmnFile())
                .queryParam("activate", true)
                .when().post("/decision-models/{name}/versions", model.name())
                .then().statusCode(anyOf(is(201), is(200)));
    }

    private static TckModel model(String name) {
        return TckModels.all().stream().filter(m -> m.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
