package pl.lukasiewicz.challenges.lead.mail;

import static pl.lukasiewicz.challenges.support.Users.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lukasiewicz.challenges.lead.mail.MailSamples.assertSameCharacters;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import pl.lukasiewicz.challenges.support.RowCounts;
import pl.lukasiewicz.challenges.web.Roles;

/**
 * Every test message through {@code POST /leads/mail}: a lead or a quarantine entry with its
 * reason, never a 500, and the same message twice makes one lead.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailIntakeTest {

    /** What a message should give on its first posting: a status, an outcome, a code. */
    record Expected(String sample, int status, String outcome, String code) {
    }

    private static final List<Expected> EVERY_MESSAGE = List.of(
            lead("invalid-charset.eml"),
            lead("outlook-alternative-qp-latin1.eml"),
            lead("outlook-forward-chain-encoded-filename.eml"),
            lead("outlook-mixed-related-alternative.eml"),
            lead("path-traversal-attachment-name.eml"),
            lead("rfc2047-latin1-latin2-mixed.eml"),
            lead("smime-signature-attachment.eml"),
            lead("utf8-qp-in-quoted-display-name.eml"),
            lead("very-long-lines.eml"),
            held("pl-autoreply-cp1250-subject.eml", "AUTO_REPLY"),
            held("gtube-spam.eml", "SPAM"),
            held("spam-duplicate-headers.eml", "CONFLICTING_HEADERS"),
            held("malformed-header-no-separator.eml", "NO_SENDER"),
            held("missing-inner-boundary.eml", "NO_SENDER"),
            held("base64-nested-rfc822.eml", "NO_SENDER"),
            lead("pl-iso-8859-2-qp-body.eml"),
            new Expected("pl-reply-to-iso-8859-2.eml", 200, "ADDED_TO_LEAD", null),
            lead("pl-windows-1250-body.eml"),
            lead("pl-cp1250-labelled-iso-8859-2.eml"),
            lead("pl-forwarded-by-institute-with-attachments.eml"),
            lead("pl-inline-forward-by-institute-html.eml"),
            held("pl-out-of-office-auto-submitted.eml", "AUTO_REPLY"),
            held("bounce-delivery-status.eml", "BOUNCE"),
            new Expected("not-a-message.eml", 422, null, "NOT_A_MESSAGE"));

    @Inject
    RowCounts rows;

    @Test
    @Order(1)
    void everyMessageGivesALeadOrAQuarantineEntryAndTwiceStillOnlyOne() {
        long leadsBefore = rows.now().leads();
        long newLeads = EVERY_MESSAGE.stream().filter(e -> e.status() == 201).count();

        for (Expected expected : EVERY_MESSAGE) {
            Response first = post(expected.sample());
            Response second = post(expected.sample());

            String name = expected.sample();
            assertEquals(expected.status(), first.statusCode(), name + ": " + first.asString());
            if (expected.status() == 422) {
                assertEquals(expected.code(), first.jsonPath().getString("code"), name);
                assertEquals(422, second.statusCode(), name);
                assertEquals(first.header("Location"), second.header("Location"), name);
                continue;
            }
            JsonPath once = first.jsonPath();
            JsonPath twice = second.jsonPath();
            assertEquals(expected.outcome(), once.getString("outcome"), name);
            if (expected.code() != null) {
                assertEquals(expected.code(), once.getString("quarantine.reasonCode"), name);
                assertTrue(once.getString("quarantine.reason").length() > 20, name);
                assertEquals(202, second.statusCode(), name);
                assertEquals(once.getLong("quarantine.id"), twice.getLong("quarantine.id"), name);
            } else {
                assertEquals(200, second.statusCode(), name);
                assertEquals("ALREADY_RECEIVED", twice.getString("outcome"), name);
                assertEquals(once.getLong("lead.id"), twice.getLong("lead.id"), name);
            }
        }
        assertEquals(leadsBefore + newLeads, rows.now().leads(),
                "one lead per request, however often it is posted");
    }

    @Test
    @Order(2)
    void aWindows1250RequestIsALeadWithThePolishTextCharacterByCharacter() {
        long leadId = leadOf("pl-windows-1250-body.eml");

        JsonPath lead = as(Roles.ADMIN).when().get("/leads/" + leadId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("EMAIL", lead.getString("channel"));
        assertSameCharacters("Łucja Ślęzak", lead.getString("contactPerson"));
        assertEquals("l.slezak@chlodnie-slaskie.pl", lead.getString("email"));
        assertSameCharacters("Ekspertyza źródła korozji", lead.getString("title"));
        assertSameCharacters("Szanowni Państwo,\n\nzwracamy się z prośbą o ekspertyzę źródła"
                + " korozji w instalacji chłodzącej. Uszkodzenia pojawiły się po pół roku"
                + " eksploatacji; załączamy opis w treści.\n\nZażółć gęślą jaźń. ZAŻÓŁĆ GĘŚLĄ"
                + " JAŹŃ. Śląsk, źdźbło, łąka.\n\nŁucja Ślęzak\nChłodnie Śląskie S.A.",
                lead.getString("description"));
        assertEquals("ACTIVE", lead.getString("process.state"));
        assertTrue(lead.getString("classification.leadClass") != null);
        as(Roles.ADMIN).when().get("/leads/" + leadId + "/decisions").then()
                .body("modelName", hasItem("lead-verification"))
                .body("caller", hasItem("admin"));
    }

    @Test
    @Order(3)
    void anInstitutesForwardMakesTheOriginalSenderTheClientAndKeepsEveryFile() {
        long leadId = leadOf("pl-forwarded-by-institute-with-attachments.eml");

        JsonPath lead = as(Roles.ADMIN).when().get("/leads/" + leadId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("EMAIL_FORWARDED_BY_INSTITUTE", lead.getString("channel"));
        assertSameCharacters("Anna Wąsowska", lead.getString("contactPerson"));
        assertEquals("a.wasowska@plastpak.com.pl", lead.getString("email"));
        assertSameCharacters("Badania migracji opakowań", lead.getString("title"));
        assertTrue(lead.getString("description").contains("materiałów") || lead
                .getString("description").contains("kontaktu z żywnością"));
        assertTrue(!lead.getList("verificationFindings.code").contains("SENT_FROM_NETWORK"));
        JsonPath files = as(Roles.ADMIN).when().get("/leads/" + leadId + "/attachments").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("winmail.dat", "wyniki.csv", "Specyfikacja próbek.pdf"),
                files.getList("fileName"));
        assertEquals(List.of("CONFIRMED", "UNKNOWN", "CONFIRMED"),
                files.getList("contentTypeCheck"));
        byte[] pdf = as(Roles.ADMIN).when()
                .get("/attachments/" + files.getLong("[2].id") + "/content")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals("%PDF-1.7\n% specyfikacja probek\n%%EOF\n".getBytes(), pdf);
        assertEquals(pdf.length, files.getLong("[2].sizeBytes"));
    }

    @Test
    @Order(4)
    void anInlineForwardByAnInstituteTakesTheClientFromTheOriginalMessageBlock() {
        long leadId = leadOf("pl-inline-forward-by-institute-html.eml");

        as(Roles.ADMIN).when().get("/leads/" + leadId).then().statusCode(200)
                .body("channel", equalTo("EMAIL_FORWARDED_BY_INSTITUTE"))
                .body("contactPerson", equalTo("Grzegorz Źrebiec"))
                .body("email", equalTo("g.zrebiec@mikroelektronika-poznan.pl"))
                .body("title", equalTo("Pomiary parametrów czujników"))
                .body("description", not(org.hamcrest.Matchers.containsString("<p>")));
    }

    @Test
    @Order(5)
    void aReplyIsKeptWithTheLeadOfItsThreadWithItsFile() {
        long leadId = leadOf("pl-iso-8859-2-qp-body.eml");

        Response reply = post("pl-reply-to-iso-8859-2.eml");

        assertEquals(leadId, reply.jsonPath().getLong("lead.id"));
        as(Roles.ADMIN).when().get("/leads/" + leadId + "/attachments").then().statusCode(200)
                .body("fileName", hasItem("rysunek złącza.pdf"));
        JsonPath messages = as(Roles.ADMIN).when().get("/leads/" + leadId + "/messages").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("REQUEST", "REPLY"), messages.getList("role"));
        byte[] kept = as(Roles.ADMIN).when()
                .get("/leads/" + leadId + "/messages/" + messages.getLong("[1].id") + "/raw")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(MailSamples.bytes("pl-reply-to-iso-8859-2.eml"), kept);
    }

    @Test
    @Order(6)
    void aPathInAFileNameIsCutAndAPdfThatIsNotOneIsFlagged() {
        long traversal = leadOf("path-traversal-attachment-name.eml");
        long signed = leadOf("smime-signature-attachment.eml");

        as(Roles.ADMIN).when().get("/leads/" + traversal + "/attachments").then()
                .body("fileName", equalTo(List.of("1234.txt")))
                .body("[0].sizeBytes", equalTo(0));
        as(Roles.ADMIN).when().get("/leads/" + signed + "/attachments").then()
                .body("fileName", equalTo(List.of("test.rb", "test.pdf", "smime.p7s")))
                .body("[1].contentTypeCheck", equalTo("MISMATCH"));
    }

    @Test
    @Order(7)
    void aBodyThatIsNotAMessageIsKeptAsItCameAndAnswered422WithTheReason() {
        byte[] junk = MailSamples.bytes("not-a-message.eml");

        Response refused = post("not-a-message.eml");

        assertEquals(422, refused.statusCode());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("NOT_A_MESSAGE", refused.jsonPath().getString("errors[0].code"));
        byte[] kept = as(Roles.ADMIN).when().get(refused.header("Location") + "/raw").then()
                .statusCode(200).extract().asByteArray();
        assertArrayEquals(junk, kept);
    }

    @Test
    @Order(8)
    void theSameMessagePostedFourTimesAtOnceMakesOneLead() throws Exception {
        byte[] message = ("From: Ewa Nowak <ewa.nowak@przyklad-odlewnia.pl>\r\n"
                + "Subject: Badania odlewów\r\n"
                + "Message-ID: <" + System.nanoTime() + "@przyklad-odlewnia.pl>\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Prosimy o badania nieniszczące 30 odlewów aluminiowych.\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long leadsBefore = rows.now().leads();

        java.util.concurrent.ExecutorService callers =
                java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(callers.submit(() -> as(Roles.ADMIN).contentType("message/rfc822")
                    .body(message).when().post("/leads/mail").then().extract().response()));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        java.util.Set<Long> leads = new java.util.HashSet<>();
        for (var answer : answers) {
            Response response = answer.get();
            statuses.add(response.statusCode());
            leads.add(response.jsonPath().getLong("lead.id"));
        }
        callers.shutdown();

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(),
                statuses.toString());
        assertEquals(3, statuses.stream().filter(status -> status == 200).count(),
                statuses.toString());
        assertEquals(1, leads.size(), "every answer names the same lead");
        assertEquals(leadsBefore + 1, rows.now().leads());
    }

    private static Response post(String sample) {
        return as(Roles.ADMIN).contentType("message/rfc822").body(MailSamples.bytes(sample))
                .when().post("/leads/mail").then().extract().response();
    }

    private static long leadOf(String sample) {
        Response posted = post(sample);
        assertTrue(posted.statusCode() == 201 || posted.statusCode() == 200,
                sample + ": " + posted.asString());
        return posted.jsonPath().getLong("lead.id");
    }

    private static Expected lead(String sample) {
        return new Expected(sample, 201, "LEAD_CREATED", null);
    }

    private static Expected held(String sample, String code) {
        return new Expected(sample, 202, "QUARANTINED", code);
    }
}
