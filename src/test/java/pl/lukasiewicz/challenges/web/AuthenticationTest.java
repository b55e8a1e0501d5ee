package pl.lukasiewicz.challenges.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static pl.lukasiewicz.challenges.support.Users.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthenticationTest {

    @Test
    void anAnonymousCallerIsAskedToSignInWithAProblemThatSaysSo() {
        given().when().get("/leads")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("NOT_AUTHENTICATED"))
                .header("WWW-Authenticate", startsWith("Basic realm=\"challenges\""));
    }

    @Test
    void aWrongPasswordIsRefusedAsBadCredentials() {
        given().auth().preemptive().basic("auditor.zofia", "guess")
                .when().get("/decision-log")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("BAD_CREDENTIALS"));
    }

    @Test
    void aRoleThatMayNotCallAnEndpointIsRefusedAsNotPermitted() {
        as(Roles.CRM).when().get("/decision-log")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("NOT_PERMITTED"));
    }

    @Test
    void aBearerTokenIsRefusedWhileOpenIdConnectIsSwitchedOff() {
        given().auth().oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJjcm0ifQ.")
                .when().get("/decision-log")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theMachineClientCannotWriteAnotherNameIntoTheDecisionLog() {
        as(Roles.CRM).contentType(ContentType.JSON).header("X-Caller", "analyst.anna")
                .body("{\"title\": \"Badania wody\"}")
                .when().post("/decisions/lead-classification")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("X-Caller"))
                .body("errors[0].code", equalTo("NOT_THE_CALLER"));
    }

    @Test
    void healthAndTheOpenApiDocumentAnswerAnonymousCallers() {
        given().when().get("/q/health").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/leads"));
    }
}
