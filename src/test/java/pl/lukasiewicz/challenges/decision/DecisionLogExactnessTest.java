package pl.lukasiewicz.challenges.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.lukasiewicz.challenges.web.Roles.ANALYST;
import static pl.lukasiewicz.challenges.web.Roles.AUDITOR;
import static pl.lukasiewicz.challenges.support.Users.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DecisionLogExactnessTest {

    private static final String MODEL = "0017-tableTests";
    private static final JsonPathConfig EXACT = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Test
    void decimalInputsAndDatesAreLoggedWithEveryDigitAndReadBackByWhatIf() throws IOException {
        as(ANALYST).contentType(ContentType.XML.withCharset("UTF-8")).body(tckModel())
                .when().post("/decision-models/" + MODEL + "/versions?activate=true")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));

        int row = as(ANALYST).contentType(ContentType.JSON)
                .body("{\"structA\": {\"name\": \"widget\", \"price\": 10.000000000000000001},"
                        + " \"dateD\": \"2016-11-01\"}")
                .when().post("/decisions/" + MODEL)
                .then().statusCode(200)
                .extract().jsonPath().getInt("decisionLogId");

        JsonPath logged = new JsonPath(as(AUDITOR).queryParam("model", MODEL).queryParam("limit", 1)
                .when().get("/decision-log").then().statusCode(200).extract().asString())
                .using(EXACT);
        assertEquals(row, logged.getInt("[0].id"));
        assertEquals(new BigDecimal("10.000000000000000001"),
                logged.get("[0].inputs.structA.price"));
        assertEquals("2016-11-01", logged.getString("[0].inputs.dateD"));
        assertEquals(Boolean.TRUE, logged.get("[0].outputs.priceGt10"),
                "10.000000000000000001 is more than 10: the engine saw every digit");
        as(ANALYST).contentType(ContentType.JSON).body("{\"last\": 1}")
                .when().post("/decision-models/" + MODEL + "/versions/1/what-if")
                .then().statusCode(200)
                .body("evaluated", org.hamcrest.Matchers.is(1))
                .body("changed", org.hamcrest.Matchers.is(0))
                .body("failedCases.size()", org.hamcrest.Matchers.is(0));
    }

    private static String tckModel() throws IOException {
        String path = "dmn-tck/0017-tableTests/0017-tableTests.dmn";
        try (InputStream in = DecisionLogExactnessTest.class.getClassLoader()
                .getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
