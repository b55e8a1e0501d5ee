package pl.lukasiewicz.challenges.decision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lukasiewicz.challenges.web.Roles.ANALYST;
import static pl.lukasiewicz.challenges.web.Roles.CENTRAL_SALES;
import static pl.lukasiewicz.challenges.support.Users.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DecisionRegistryTest {

    private static final String MODEL = "lead-classification";
    private static final String SUPPLY = "{\"title\": \"Dostawa przyczepy z wyposażeniem\"}";
    private static final String RULE_2_PRIORITY = "<outputEntry><text>\"LOW\"</text></outputEntry>"
            + "\n        <annotationEntry><text>2. Out-of-scope";

    @Test
    void aBrokenModelIsRefusedWithTheValidatorsMessagesAndTheActiveVersionKeepsDeciding() {
        String broken = DecisionModels.packagedContent(MODEL).replace("</decisionTable>", "");
        int versionsBefore = versionCount();

        as(ANALYST).contentType(ContentType.XML.withCharset("UTF-8")).body(broken)
                .when().post("/decision-models/" + MODEL + "/versions?activate=true")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("MODEL_INVALID"))
                .body("errors[0].reason", startsWith("ERROR"));

        as(ANALYST).when().get("/decision-models/" + MODEL).then().statusCode(200)
                .body("find { it.active }.version", is(1));
        assertEquals(versionsBefore, versionCount(), "nothing is stored");
        classifySupply().body("priority", equalTo("LOW")).body("modelVersion", is(1));
    }

    @Test
    void anUploadedVersionDecidesOnlyOnceActivatedAndARollbackRestoresTheOldOutcome() {
        String candidate = candidateGivingSupplies("NORMAL");

        int version = as(ANALYST).contentType(ContentType.XML.withCharset("UTF-8"))
                .header("X-Caller", "analyst.anna")
                .body(candidate)
                .when().post("/decision-models/" + MODEL + "/versions")
                .then().statusCode(201)
                .body("version.active", is(false))
                .body("version.createdBy", equalTo("analyst.anna"))
                .extract().jsonPath().getInt("version.version");
        classifySupply().body("priority", equalTo("LOW")).body("modelVersion", is(1));

        as(ANALYST).header("X-Caller", "analyst.anna")
                .when().post("/decision-models/" + MODEL + "/versions/" + version + "/activation")
                .then().statusCode(200).body("active", is(true));
        int decidedByCandidate = classifySupply()
                .body("priority", equalTo("NORMAL")).body("modelVersion", is(version))
                .extract().jsonPath().getInt("decisionLogId");

        as(ANALYST).when().post("/decision-models/" + MODEL + "/rollback")
                .then().statusCode(200).body("version", is(1)).body("active", is(true));
        int decidedAfterRollback = classifySupply()
                .body("priority", equalTo("LOW")).body("modelVersion", is(1))
                .extract().jsonPath().getInt("decisionLogId");

        as(ANALYST).queryParam("model", MODEL).queryParam("limit", 500)
                .when().get("/decision-log").then().statusCode(200)
                .body("find { it.id == " + decidedByCandidate + " }.modelVersion", is(version))
                .body("find { it.id == " + decidedAfterRollback + " }.modelVersion", is(1));
        String stored = as(ANALYST).when().get("/decision-models/" + MODEL + "/versions/" + version)
                .then().statusCode(200).contentType(ContentType.XML).extract().asString();
        assertTrue(stored.equals(candidate), "the stored version is the uploaded bytes");
        as(ANALYST).when().get("/decision-models").then().statusCode(200)
                .body("modelName", hasItem(MODEL));
    }

    @Test
    void aWhatIfShowsWhichLoggedCasesACandidateWouldChangeWithoutDecidingAnything() {
        int logged = classifySupply().extract().jsonPath().getInt("decisionLogId");
        int version = as(ANALYST).contentType(ContentType.XML.withCharset("UTF-8"))
                .body(candidateGivingSupplies("HIGH"))
                .when().post("/decision-models/" + MODEL + "/versions")
                .then().statusCode(isOneOf(200, 201))
                .extract().jsonPath().getInt("version.version");
        long logRowsBefore = as(ANALYST).queryParam("limit", 500).when().get("/decision-log")
                .then().extract().jsonPath().getList("$").size();

        as(ANALYST).contentType(ContentType.JSON).body("{\"last\": 5}")
                .when().post("/decision-models/" + MODEL + "/versions/" + version + "/what-if")
                .then().statusCode(200)
                .body("activeVersion", is(1))
                .body("candidateVersion", is(version))
                .body("evaluated", greaterThanOrEqualTo(1))
                .body("changedCases.find { it.decisionLogId == " + logged
                        + " }.active.'Lead classification'.priority", equalTo("LOW"))
                .body("changedCases.find { it.decisionLogId == " + logged
                        + " }.candidate.'Lead classification'.priority", equalTo("HIGH"));

        long logRowsAfter = as(ANALYST).queryParam("limit", 500).when().get("/decision-log")
                .then().extract().jsonPath().getList("$").size();
        assertEquals(logRowsBefore, logRowsAfter, "a what-if decides and logs nothing");
    }

    @Test
    void aRuleSetThatDoesNotCompileIsRefusedWithTheLineAndTheActiveVersionStays() {
        String broken = DecisionModels.packagedRuleSetContent("lead-verification")
                .replaceFirst("\\bthen\\b", "thn");
        int versionsBefore = versionCount("lead-verification");

        as(ANALYST).contentType(ContentType.TEXT.withCharset("UTF-8")).body(broken)
                .when().post("/decision-models/lead-verification/versions?activate=true")
                .then().statusCode(422)
                .body("code", equalTo("MODEL_INVALID"))
                .body("errors[0].reason", containsString("line "));

        assertEquals(versionsBefore, versionCount("lead-verification"), "nothing is stored");
        as(ANALYST).when().get("/decision-models/lead-verification").then().statusCode(200)
                .body("[0].kind", equalTo("DRL"))
                .body("find { it.active }.version", is(1));
    }

    /** The packaged table with another priority for requests of out-of-scope supplies. */
    private static String candidateGivingSupplies(String priority) {
        return DecisionModels.packagedContent(MODEL).replace(RULE_2_PRIORITY,
                RULE_2_PRIORITY.replace("\"LOW\"", "\"" + priority + "\""));
    }

    private static int versionCount() {
        return versionCount(MODEL);
    }

    private static int versionCount(String model) {
        return as(ANALYST).when().get("/decision-models/" + model).then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }

    private static io.restassured.response.ValidatableResponse classifySupply() {
        return as(CENTRAL_SALES).contentType(ContentType.JSON).body(SUPPLY)
                .when().post("/decisions/lead-classification")
                .then().statusCode(200).body("leadClass", equalTo("REJECT"));
    }
}
