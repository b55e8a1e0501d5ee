package pl.lukasiewicz.challenges.lead.classification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.lukasiewicz.challenges.web.Roles.AUDITOR;
import static pl.lukasiewicz.challenges.web.Roles.CRM;
import static pl.lukasiewicz.challenges.support.Users.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.support.RowCounts;

@QuarkusTest
class ClassificationWithoutLeadTest {

    @Inject
    RowCounts rows;

    @Test
    void theCrmCanClassifyWithoutALeadAndTheDecisionIsLoggedUnderItsName() {
        RowCounts.Snapshot before = rows.now();

        int logRow = as(CRM).contentType(ContentType.JSON).header("X-Caller", "crm")
                .body("{\"title\": \"Dostawa przyczepy dekontaminacyjnej z wyposażeniem\"}")
                .when().post("/decisions/lead-classification")
                .then().statusCode(200)
                .body("leadClass", equalTo("REJECT"))
                .body("model", equalTo("lead-classification"))
                .body("modelVersion", is(1))
                .extract().jsonPath().getInt("decisionLogId");

        as(AUDITOR).queryParam("model", "lead-classification").queryParam("limit", 1)
                .when().get("/decision-log").then().statusCode(200)
                .body("[0].id", is(logRow))
                .body("[0].leadId", nullValue())
                .body("[0].caller", equalTo("crm"))
                .body("[0].inputs.outOfScopeTerms", is(1))
                .body("[0].evidence.termsFound.outOfScopeTerms[0]", equalTo("Dostawa"));
        RowCounts.Snapshot after = rows.now();
        assertEquals(before.leads(), after.leads(), "no lead is created");
        assertEquals(before.decisionLogRows() + 1, after.decisionLogRows());
    }

    @Test
    void aRequestWithoutATitleOrWithABadCallerNameIsRefused() {
        as(CRM).contentType(ContentType.JSON).body("{\"description\": \"badania wody\"}")
                .when().post("/decisions/lead-classification")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].code", equalTo("REQUIRED"));
        as(CRM).contentType(ContentType.JSON).header("X-Caller", "crm; drop table")
                .body("{\"title\": \"badania wody\"}")
                .when().post("/decisions/lead-classification")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("X-Caller"));
    }
}
