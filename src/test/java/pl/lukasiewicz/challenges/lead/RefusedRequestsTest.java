package pl.lukasiewicz.challenges.lead;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.lukasiewicz.challenges.web.Roles.AUDITOR;
import static pl.lukasiewicz.challenges.web.Roles.CENTRAL_SALES;
import static pl.lukasiewicz.challenges.support.Users.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.support.RowCounts;
import pl.lukasiewicz.challenges.web.JsonFieldReader;

@QuarkusTest
class RefusedRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RowCounts rows;

    @Test
    void anEmptyFormNamesEveryRequiredField() {
        refused("{}")
                .body("errors.field", hasItems("organisationName", "contactPerson", "email",
                        "title", "description", "declaredNeed", "channel"))
                .body("errors.code", hasItems("REQUIRED"));
    }

    @Test
    void fieldsOfTheWrongTypeAreNamed() {
        refused(form(f -> {
            f.put("title", 42);
            f.putArray("attachments").addObject()
                    .put("fileName", "offer.pdf").put("contentType", "application/pdf")
                    .put("sizeBytes", "big");
        }))
                .body("errors.find { it.field == 'title' }.code", equalTo("WRONG_TYPE"))
                .body("errors.find { it.field == 'attachments[0].sizeBytes' }.code",
                        equalTo("WRONG_TYPE"));
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBreaks() {
        refused("{\"title\": \"Badania wody\", ")
                .body("errors[0].field", equalTo("$"))
                .body("errors[0].code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void aHalfMegabyteDescriptionIsRefusedAsTooLong() {
        String halfAMegabyte = "badania ".repeat(512 * 1024 / 8);

        refused(form(f -> f.put("description", halfAMegabyte)))
                .body("errors[0].field", equalTo("description"))
                .body("errors[0].code", equalTo("TOO_LONG"));
    }

    @Test
    void aNipWithAWrongCheckDigitIsRefused() {
        refused(form(f -> f.put("nip", "526-025-02-75")))
                .body("errors[0].field", equalTo("nip"))
                .body("errors[0].code", equalTo("BAD_CHECKSUM"));
    }

    @Test
    void aValidNipIsKeptAsItsTenDigits() {
        given().contentType(ContentType.JSON).body(form(f -> f.put("nip", "PL 526-025-02-74")))
                .when().post("/leads")
                .then().statusCode(201).body("nip", equalTo("5260250274"));
    }

    @Test
    void anAttachmentNameThatClimbsFoldersIsRefused() {
        refused(form(f -> f.putArray("attachments").addObject()
                .put("fileName", "../../etc/passwd").put("contentType", "text/plain")
                .put("sizeBytes", 10)))
                .body("errors[0].field", equalTo("attachments[0].fileName"))
                .body("errors[0].code", equalTo("BAD_FORMAT"));
    }

    @Test
    void anUnknownKindOfNeedListsTheKnownOnes() {
        refused(form(f -> f.put("declaredNeed", "MAGIC")))
                .body("errors[0].field", equalTo("declaredNeed"))
                .body("errors[0].code", equalTo("NOT_ONE_OF"))
                .body("errors[0].reason", startsWith("Expected one of [RESEARCH_AND_DEVELOPMENT"));
    }

    @Test
    void unknownAndDuplicatedFieldsAreRefused() {
        refused(form(f -> f.put("budżet", "100000")))
                .body("errors[0].field", equalTo("budżet"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        refused("{\"title\": \"a\", \"title\": \"b\"}")
                .body("errors[0].code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void aBodyThatIsNotAnObjectOrNotJsonIsRefused() {
        refused("[1, 2]").body("errors[0].code", equalTo("NOT_AN_OBJECT"));
        RowCounts.Snapshot before = rows.now();

        given().contentType(ContentType.TEXT).body("hello")
                .when().post("/leads")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));

        assertEquals(before, rows.now());
    }

    @Test
    void aNulCharacterOrAnUnpairedSurrogateInATextIsRefusedNotAServerError() {
        refused(form(f -> f.put("title", "abc\u0000def")))
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].code", equalTo("BAD_CHARACTER"));
        String loneSurrogateEscaped = "Badania \\ud800 laboratoryjne";
        refused(form(f -> f.put("description", "SURROGATE"))
                .replace("SURROGATE", loneSurrogateEscaped))
                .body("errors[0].field", equalTo("description"))
                .body("errors[0].code", equalTo("BAD_CHARACTER"));
    }

    @Test
    void textAfterTheJsonObjectIsRefused() {
        refused(form(f -> { }) + " garbage")
                .body("errors[0].code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void bytesThatAreNotValidUtf8AreRefusedNotReplaced() {
        byte[] latin2 = form(f -> f.put("organisationName", "Przykładowa Spółka"))
                .getBytes(java.nio.charset.Charset.forName("ISO-8859-2"));

        refused(latin2, "application/json; charset=UTF-8")
                .body("errors[0].code", equalTo("BAD_ENCODING"));
        given().contentType("application/json; charset=ISO-8859-2").body(latin2)
                .when().post("/leads")
                .then().statusCode(201).body("organisationName", equalTo("Przykładowa Spółka"));
    }

    @Test
    void aTitleOfOnlyInvisibleSpacesCountsAsMissing() {
        refused(form(f -> f.put("title", "\u00a0\u200b ")))
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].code", equalTo("REQUIRED"));
    }

    @Test
    void theAllZeroNipAndMalformedAddressesAreRefused() {
        refused(form(f -> f.put("nip", "0000000000")))
                .body("errors[0].code", equalTo("BAD_CHECKSUM"));
        refused(form(f -> f.put("email", "a..b@przyklad.pl")))
                .body("errors[0].field", equalTo("email"));
        refused(form(f -> f.putArray("attachments").addObject()
                .put("fileName", "faktura\u202efdp.exe").put("contentType", "application/pdf")
                .put("sizeBytes", 10)))
                .body("errors[0].field", equalTo("attachments[0].fileName"));
    }

    @Test
    void badNumbersInTheAddressAreRefusedWithTheParameterNamed() {
        as(CENTRAL_SALES).when().get("/leads?limit=abc").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(CENTRAL_SALES).when().get("/leads/abc").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        as(AUDITOR).when().get("/decision-log?leadId=1.5").then().statusCode(400)
                .body("errors[0].field", equalTo("leadId"));
        as(CENTRAL_SALES).when().get("/leads/999999999").then().statusCode(404)
                .body("code", equalTo("LEAD_NOT_FOUND"));
    }

    @Test
    void thousandsOfUnknownFieldsGetABoundedAnswer() {
        ObjectNode flood = JSON.createObjectNode();
        for (int i = 0; i < 10_000; i++) {
            flood.put("field" + i, i);
        }

        refused(flood.toString()).body("errors.size()", equalTo(JsonFieldReader.MAX_ERRORS));
    }

    private ValidatableResponse refused(byte[] body, String contentType) {
        RowCounts.Snapshot before = rows.now();

        ValidatableResponse response = given().contentType(contentType).body(body)
                .when().post("/leads")
                .then().statusCode(400).contentType("application/problem+json");

        assertEquals(before, rows.now(), "a refused request must leave no row behind");
        return response;
    }

    /** Posts the body, expects a 400 problem, and checks that nothing was stored. */
    private ValidatableResponse refused(String body) {
        RowCounts.Snapshot before = rows.now();

        ValidatableResponse response = given().contentType(ContentType.JSON).body(body)
                .when().post("/leads")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_REQUEST"));

        assertEquals(before, rows.now(), "a refused request must leave no row behind");
        return response;
    }

    private static String form(Consumer<ObjectNode> change) {
        ObjectNode form = JSON.createObjectNode()
                .put("organisationName", "Zakład Badań Przykładowych Sp. z o.o.")
                .put("contactPerson", "Anna Nowak")
                .put("email", "anna.nowak@przyklad.pl")
                .put("phone", "+48 22 123 45 67")
                .put("title", "Badania laboratoryjne próbek betonu")
                .put("description", "Prosimy o ofertę na badania wytrzymałości 30 próbek.")
                .put("declaredNeed", "TESTING_AND_ANALYSIS")
                .put("channel", "WEB_FORM");
        change.accept(form);
        return form.toString();
    }
}
