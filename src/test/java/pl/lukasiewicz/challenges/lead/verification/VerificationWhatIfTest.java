package pl.lukasiewicz.challenges.lead.verification;

import static io.restassured.RestAssured.given;
import static pl.lukasiewicz.challenges.support.Users.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.web.Roles;
import pl.lukasiewicz.challenges.decision.DecisionModels;
import pl.lukasiewicz.challenges.support.RowCounts;

@QuarkusTest
class VerificationWhatIfTest {

    private static final String RULE_SET = "lead-verification";
    private static final String NIP_MISSING_AS_WARNING =
            "insert( new Finding( \"NIP_MISSING\", Severity.WARNING";

    @Inject
    RowCounts rows;

    @Test
    void aChangedRuleSetTriedOnLoggedLeadsListsExactlyTheLeadsWhoseFindingsChange() {
        OffsetDateTime from = OffsetDateTime.now();
        long withNip = intake("5260250274");
        long withoutNip = intake(null);
        OffsetDateTime to = OffsetDateTime.now().plusSeconds(1);
        int candidate = upload(packagedRules().replace(NIP_MISSING_AS_WARNING,
                NIP_MISSING_AS_WARNING.replace("WARNING", "BLOCKING")));
        RowCounts.Snapshot before = rows.now();

        String changedCase = "changedCases.find { it.leadId == " + withoutNip + " }";
        as(Roles.ANALYST).contentType(ContentType.JSON)
                .body("{\"from\": \"" + from + "\", \"to\": \"" + to + "\"}")
                .when().post("/decision-models/" + RULE_SET + "/versions/" + candidate
                        + "/what-if")
                .then().statusCode(200)
                .body("activeVersion", is(1))
                .body("candidateVersion", is(candidate))
                .body("evaluated", is(2))
                .body("changed", is(1))
                .body("changedCases.leadId", contains((int) withoutNip))
                .body("failedCases", empty())
                .body(changedCase + ".active.outcomes.find { it.code == 'NIP_MISSING' }"
                        + ".severity", equalTo("WARNING"))
                .body(changedCase + ".candidate.outcomes.find { it.code == 'NIP_MISSING' }"
                        + ".severity", equalTo("BLOCKING"))
                .body(changedCase + ".candidate.firedRules",
                        hasItem("An organisation's request without a NIP"))
                .body(changedCase + ".inputs.Request[0].email", equalTo("given"));

        assertEquals(before, rows.now(), "a what-if decides, logs and stores nothing");
        as(Roles.ANALYST).when().get("/leads/" + withNip + "/decisions").then().statusCode(200)
                .body("find { it.modelName == '" + RULE_SET + "' }.outputs.outcomes.code",
                        not(hasItem("NIP_MISSING")));
    }

    @Test
    void theActiveRulesTriedOnTheirOwnLoggedCasesChangeNothing() {
        long lead = intake(null);

        as(Roles.ANALYST).contentType(ContentType.JSON).body("{\"last\": 1}")
                .when().post("/decision-models/" + RULE_SET + "/versions/1/what-if")
                .then().statusCode(200)
                .body("evaluated", is(1))
                .body("changed", is(0))
                .body("failedCases", empty());
        as(Roles.ANALYST).when().get("/leads/" + lead + "/decisions").then().statusCode(200)
                .body("find { it.modelName == '" + RULE_SET + "' }.outputs.outcomes.code",
                        hasItem("NIP_MISSING"));
    }

    /** A web-form request of a company that writes from its own domain. */
    private static long intake(String nip) {
        String nipField = nip == null ? "" : "\"nip\": \"" + nip + "\", ";
        String form = "{\"organisationName\": \"Zakład Mechaniczny Żuraw Sp. z o.o.\", "
                + nipField
                + "\"contactPerson\": \"Zofia Łęcka\", \"email\": \"z.lecka@zuraw.com.pl\", "
                + "\"title\": \"Badanie wytrzymałości spawów\", "
                + "\"description\": \"Prosimy o badania zmęczeniowe spawów ramy przyczepy.\", "
                + "\"declaredNeed\": \"NOT_SURE\", \"channel\": \"WEB_FORM\"}";
        return given().contentType(ContentType.JSON).body(form)
                .when().post("/leads")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String packagedRules() {
        String rules = DecisionModels.packagedRuleSetContent(RULE_SET);
        assertEquals(1, rules.split(Pattern.quote(NIP_MISSING_AS_WARNING),
                -1).length - 1, "the packaged rules write NIP_MISSING as a warning once");
        return rules;
    }

    private static int upload(String rules) {
        return as(Roles.ANALYST).contentType(ContentType.TEXT.withCharset("UTF-8")).body(rules)
                .when().post("/decision-models/" + RULE_SET + "/versions")
                .then().statusCode(isOneOf(200, 201))
                .body("version.active", is(false))
                .extract().jsonPath().getInt("version.version");
    }
}
