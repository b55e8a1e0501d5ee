package pl.lukasiewicz.challenges.lead;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.lukasiewicz.challenges.web.Roles.ADMIN;
import static pl.lukasiewicz.challenges.web.Roles.CENTRAL_SALES;
import static pl.lukasiewicz.challenges.support.Users.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.platform.SampleRequests;
import pl.lukasiewicz.challenges.support.RowCounts;

@QuarkusTest
class WebFormIntakeTest {

    @Inject
    RowCounts rows;

    @Test
    void aRealRequestBecomesAClassifiedLeadWithAProcessAndADecisionLogRow() {
        SampleRequests.Sample sample = SampleRequests.all().stream()
                .filter(s -> s.id().equals("rfq-038")).findFirst().orElseThrow();
        RowCounts.Snapshot before = rows.now();

        Response created = given().contentType(ContentType.JSON).body(sample.webFormJson())
                .when().post("/leads")
                .then().statusCode(201).extract().response();
        long leadId = created.jsonPath().getLong("id");

        as(CENTRAL_SALES).when().get("/leads/" + leadId).then().statusCode(200)
                .body("organisationName", equalTo(
                        "Zarząd Morskiego Portu Gdynia S.A."))
                .body("classification.leadClass", equalTo("P+U"))
                .body("classification.reason", not(emptyOrNullString()))
                .body("classification.priority", oneOf("HIGH", "NORMAL", "LOW"))
                .body("process.id", not(emptyOrNullString()))
                .body("process.state", equalTo("ACTIVE"));
        as(CENTRAL_SALES).when().get("/leads/" + leadId + "/decisions").then().statusCode(200)
                .body("size()", is(2))
                .body("[0].modelName", equalTo("lead-classification"))
                .body("[0].modelVersion", is(1))
                .body("[0].modelHash.length()", is(64))
                .body("[0].leadId", is((int) leadId))
                .body("[0].caller", equalTo("web-form"))
                .body("[0].outputs.'Lead classification'.leadClass", equalTo("P+U"))
                .body("[0].matchedRules[0].selectedRows.size()", is(1))
                .body("[1].modelName", equalTo("lead-verification"))
                .body("[1].outputs.outcomes.code", hasItem("NIP_MISSING"))
                .body("[1].matchedRules[0].matchedRuleIds.size()", greaterThan(0))
                .body("[1].inputs.Request[0].email", equalTo("given"));
        as(CENTRAL_SALES).when().get("/leads/" + leadId).then()
                .body("verificationFindings.code", hasItem("NIP_MISSING"));
        String stored = as(CENTRAL_SALES).when().get("/leads/" + leadId + "/payload")
                .then().statusCode(200).extract().asString();
        assertEquals(sample.webFormJson(), stored);
        RowCounts.Snapshot after = rows.now();
        assertEquals(before.leads() + 1, after.leads());
        assertEquals(before.decisionLogRows() + 2, after.decisionLogRows(),
                "one row for the classification, one for the verification");
        assertEquals(before.processInstances() + 1, after.processInstances());
    }

    @Test
    void processInstancesCannotBeStartedOrChangedAroundTheIntake() {
        RowCounts.Snapshot before = rows.now();

        given().contentType(ContentType.JSON)
                .body("{\"leadId\": 999999, \"wayIn\": \"WEB_FORM\"}")
                .when().post("/challenge_pu")
                .then().statusCode(404);
        as(ADMIN).when().get("/challenge_pu").then().statusCode(404);
        as(ADMIN).when().get("/usertasks/instance?user=admin&group=central-sales")
                .then().statusCode(404);

        assertEquals(before, rows.now());
    }
}
