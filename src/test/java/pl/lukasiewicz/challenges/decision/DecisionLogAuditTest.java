package pl.lukasiewicz.challenges.decision;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lukasiewicz.challenges.support.Users.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.platform.SampleRequests;
import pl.lukasiewicz.challenges.web.Roles;

@QuarkusTest
class DecisionLogAuditTest {

    private static final String REJECTED = "{\"title\": \"Dostawa przyczepy z wyposażeniem\"}";

    @Test
    void anAuditorFindsTheCrmsRejectionsOfTodayByOutcomeAPageAtATime() {
        long first = classify(REJECTED);
        long second = classify(REJECTED);
        String today = LocalDate.now(DecisionLogQuery.NETWORK_ZONE).toString();

        Response page = as(Roles.AUDITOR).queryParam("model", "lead-classification")
                .queryParam("version", 1).queryParam("from", today).queryParam("to", today)
                .queryParam("outcome", "REJECT").queryParam("limit", 1)
                .when().get("/decision-log");

        page.then().statusCode(200).body("", hasSize(1))
                .body("[0].id", is((int) second))
                .body("[0].caller", equalTo("crm"))
                .body("[0].outputs.'Lead classification'.leadClass", equalTo("REJECT"))
                .body("[0].matchedRules[0].selectedRows", hasSize(1))
                .body("[0].inputs.outOfScopeTerms", is(1))
                .body("[0].modelVersion", is(1));
        assertTrue(Long.parseLong(page.header("X-Total-Count")) >= 2);
        as(Roles.AUDITOR).queryParam("outcome", "REJECT").queryParam("limit", 1)
                .queryParam("page", 1).queryParam("model", "lead-classification")
                .when().get("/decision-log").then().statusCode(200)
                .body("[0].id", is((int) first));
        as(Roles.AUDITOR).queryParam("outcome", "NO-SUCH-OUTCOME")
                .when().get("/decision-log").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void theLogOfOneCaseExportsAsCsvAndAsJsonWithoutTheClientsContactDetails() {
        String form = SampleRequests.all().get(0).webFormJson();
        String email = JsonPath.from(form).getString("email");
        String lead = as(Roles.CRM).contentType(ContentType.JSON).body(form)
                .when().post("/leads").then().statusCode(201).extract().path("id").toString();

        String csv = as(Roles.AUDITOR).queryParam("leadId", lead).queryParam("format", "csv")
                .when().get("/decision-log/export").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        List<String> rows = csv.lines().toList();
        as(Roles.AUDITOR).queryParam("leadId", lead).queryParam("format", "json")
                .when().get("/decision-log/export").then().statusCode(200)
                .body("leadId", everyItem(is(Integer.parseInt(lead))))
                .body("modelName", equalTo(List.of("lead-verification",
                        "lead-classification")));

        assertEquals(3, rows.size(), "a header and the lead's two decisions: " + csv);
        assertTrue(rows.get(0).startsWith("id,evaluatedAt,modelName,modelVersion"));
        assertTrue(rows.stream().skip(1).allMatch(r -> r.contains("," + lead + ",crm,")),
                "each row names the case and the caller: " + csv);
        assertFalse(csv.contains(email), "the log keeps only what a decision used: " + csv);
    }

    @Test
    void badFiltersAreRefusedTogetherWithTheirNames() {
        as(Roles.AUDITOR).queryParam("from", "yesterday").queryParam("version", "x")
                .queryParam("format", "xls")
                .when().get("/decision-log/export").then().statusCode(400)
                .body("errors.field", equalTo(List.of("version", "from")));
        as(Roles.AUDITOR).queryParam("from", "2026-12-05").queryParam("to", "2026-12-04")
                .when().get("/decision-log").then().statusCode(400)
                .body("errors[0].code", equalTo("EMPTY_RANGE"));
    }

    private static long classify(String body) {
        return as(Roles.CRM).contentType(ContentType.JSON).body(body)
                .when().post("/decisions/lead-classification")
                .then().statusCode(200).extract().jsonPath().getLong("decisionLogId");
    }
}
