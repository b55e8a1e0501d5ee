package pl.lukasiewicz.challenges.process;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every path of the map "CRM – Proces wyzwań P+U", through REST only: a request comes in, the
 * people of each lane work their tasks, and the case reaches the map's end state with the
 * history of every step.
 */
@QuarkusTest
class ChallengePathsTest {

    static final String ENERGY_HOST = "Łukasiewicz – Instytut Elektrotechniki";
    static final String ENERGY_INVITED = "Łukasiewicz – Instytut Metali Nieżelaznych";

    @Test
    void aRequestTheClientDoesNotStandByIsRejectedAndTheClientTold() {
        long lead = webForm("WEB_FORM");
        assertState(lead, "IN_VERIFICATION");
        Staff.SALES.work(lead, "VerifyChallenge",
                "{\"confirmedClass\":\"P+U\",\"clientConfirmedNeed\":false}");
        assertState(lead, "IN_VERIFICATION");
        Staff.SALES.work(lead, "TellClientRejected", "{\"note\":\"Klient poinformowany\"}");

        JsonPath closed = ended(lead, "REJECTED");
        assertEquals(List.of("LEAD_RECEIVED", "MOVED_TO_IN_VERIFICATION", "TASK_COMPLETED",
                "VERIFICATION_DECIDED", "TASK_COMPLETED", "MOVED_TO_REJECTED"),
                closed.getList("history.action"));
        assertEquals("REJECTED", closed.getString("history[3].details.outcome"));
        assertEquals("challenge-verification", closed.getString("history[3].details.model"));
        assertEquals(Staff.SALES.user, closed.getString("history[2].actor"));
    }

    @Test
    void aResearchChallengeIsHandedOverToTheBrProcess() {
        long lead = webForm("WEB_FORM");
        Staff.SALES.work(lead, "VerifyChallenge",
                "{\"confirmedClass\":\"B+R\",\"clientConfirmedNeed\":true}");
        JsonPath closed = ended(lead, "HANDED_OVER_TO_BR");
        assertEquals("HAND_OVER_TO_BR", closed.getString("history[3].details.outcome"));
    }

    @Test
    void aStandardSaleIsFulfilled() {
        long lead = webForm("WEB_FORM");
        Staff.SALES.work(lead, "VerifyChallenge",
                "{\"confirmedClass\":\"STANDARD_SALE\",\"clientConfirmedNeed\":true}");
        assertState(lead, "STANDARD_SALE");
        Staff.SALES.work(lead, "FulfilStandardSale", "{}");
        ended(lead, "STANDARD_SALE_FULFILLED");
    }

    @Test
    void anEmailRequestIsRegisteredBySalesBeforeVerification() {
        long lead = webForm("EMAIL");
        assertState(lead, "RECEIVED");
        assertEquals(0, Staff.SALES.tasksOf(lead, "VerifyChallenge").size());
        Staff.SALES.work(lead, "RegisterEmailRequest", "{}");
        assertState(lead, "IN_VERIFICATION");
        assertEquals(1, Staff.SALES.tasksOf(lead, "VerifyChallenge").size());
    }

    @Test
    void anAcceptedOfferEndsWithTheOrderCarriedOut() {
        long lead = publishedEnergyChallenge("SALES_LEAD");
        Staff.AUTHOR.answerFor(lead, ENERGY_HOST, card(ENERGY_HOST));
        Staff.AUTHOR.answerFor(lead, ENERGY_INVITED, "{\"offersCard\":false,\"note\":\"brak\"}");
        assertState(lead, "OFFER_IN_PREPARATION");

        Staff.SALES.work(lead, "CreateOffer", "{\"offerKind\":\"CUSTOM_SERVICE\","
                + "\"netValuePln\":\"49999.99\",\"discountPercent\":5}");
        JsonPath ready = caseOf(lead);
        assertEquals("OFFER_READY", ready.getString("state"));
        assertEquals("NONE", ready.getString("offer.approval"));
        assertEquals(49999.99f, ready.getFloat("offer.netValuePln"));
        Staff.SALES.work(lead, "SendOffer", "{}");
        assertState(lead, "OFFER_SENT");
        Staff.MANAGER.work(lead, "Negotiate", "{\"clientAnswer\":\"ACCEPTED\"}");
        assertState(lead, "ORDER_IN_PROGRESS");
        Staff.MANAGER.work(lead, "CarryOutOrder", "{}");

        JsonPath closed = ended(lead, "OFFER_ACCEPTED");
        assertEquals("ACCEPTED", closed.getString("offer.status"));
        assertEquals(1, closed.getInt("offerCards.size()"));
        assertEquals(ENERGY_HOST, closed.getString("offerCards[0].institute"));
        assertEquals(Staff.AUTHOR.user, closed.getString("offerCards[0].author"));
        List<String> actions = closed.getList("history.action");
        assertEquals(List.of("LEAD_RECEIVED", "MOVED_TO_IN_VERIFICATION", "TASK_COMPLETED",
                "VERIFICATION_DECIDED", "CONVERTED_TO_OPPORTUNITY", "TASK_COMPLETED",
                "HOST_ASSIGNED", "TASK_COMPLETED", "PUBLISHED_ON_INTRANET", "TASK_COMPLETED",
                "TASK_COMPLETED", "ALL_INSTITUTES_ANSWERED", "ANSWERS_DECIDED",
                "TASK_COMPLETED", "OFFER_PREPARED", "TASK_COMPLETED", "MOVED_TO_OFFER_SENT",
                "TASK_COMPLETED", "OFFER_STATUS_DECIDED", "MOVED_TO_ORDER_IN_PROGRESS",
                "TASK_COMPLETED", "MOVED_TO_OFFER_ACCEPTED"), actions);
    }

    @Test
    void aRejectedOfferAfterARevisionEndsRejected() {
        long lead = publishedEnergyChallenge("WEB_FORM");
        Staff.AUTHOR.answerFor(lead, ENERGY_HOST, card(ENERGY_HOST));
        Staff.AUTHOR.answerFor(lead, ENERGY_INVITED, card(ENERGY_INVITED));
        Staff.SALES.work(lead, "CreateOffer",
                "{\"offerKind\":\"CUSTOM_SERVICE\",\"netValuePln\":\"40000.00\"}");
        Staff.SALES.work(lead, "SendOffer", "{}");
        Staff.MANAGER.work(lead, "Negotiate", "{\"clientAnswer\":\"NONE\","
                + "\"netValuePln\":\"50000.00\",\"scopeNote\":\"Dodatkowe badania\"}");
        JsonPath revised = caseOf(lead);
        assertEquals("OFFER_SENT", revised.getString("state"));
        assertEquals("AWAITING_ANSWER", revised.getString("offer.status"));
        assertEquals(2, revised.getInt("offer.revision"));
        assertEquals("HEAD_OF_UNIT", revised.getString("offer.approval"));
        assertEquals(2, revised.getInt("offerRevisions.size()"));

        Staff.MANAGER.work(lead, "Negotiate", "{\"clientAnswer\":\"REJECTED\"}");
        JsonPath closed = ended(lead, "OFFER_REJECTED");
        assertEquals("REJECTED", closed.getString("offer.status"));
    }

    @Test
    void noCardFromAnyInstituteEndsWithFeedbackToTheClient() {
        long lead = publishedEnergyChallenge("WEB_FORM");
        Staff.AUTHOR.answerFor(lead, ENERGY_HOST, "{\"offersCard\":false}");
        Staff.AUTHOR.answerFor(lead, ENERGY_INVITED, "{\"offersCard\":false}");
        JsonPath decided = caseOf(lead);
        assertEquals("NO_OFFERS", decided.getString(
                "history.find { it.action == 'ANSWERS_DECIDED' }.details.outcome"));
        Staff.SALES.work(lead, "NoOffersFeedback", "{}");
        ended(lead, "NO_OFFERS");
    }

    @Test
    void theAnswerDeadlineClosesTheAnswersByItselfAndTheNoOffersPathRuns() {
        long lead = typedLead("2026-01-05T09:00:00+01:00");
        Staff.SALES.work(lead, "VerifyChallenge",
                "{\"confirmedClass\":\"P+U\",\"clientConfirmedNeed\":true}");
        Staff.SALES.work(lead, "CompleteOpportunity",
                "{\"technicalDomain\":\"ENERGY\",\"readyServiceExists\":false}");
        Staff.HOST.work(lead, "PrepareChallenge", "{}");

        JsonPath escalated = awaitAction(lead, "ESCALATED_ANSWER_DEADLINE");
        assertEquals(true, escalated.getList("history.action")
                .contains("ESCALATED_ANSWER_DEADLINE"), escalated.prettify());
        String promised = Staff.SALES.asked().queryParam("received", "2026-01-05T09:00:00+01:00")
                .queryParam("kind", "15_WORKING_DAYS").when().get("/deadlines")
                .then().statusCode(200).extract().jsonPath().getString("dueBefore");
        assertEquals(OffsetDateTime.parse(promised).toInstant(),
                OffsetDateTime.parse(escalated.getString("challenge.answersDue")).toInstant());
        assertEquals(0, Staff.AUTHOR.tasksOf(lead, "AnswerChallenge").size());
        assertEquals(1, Staff.SALES.tasksOf(lead, "NoOffersFeedback").size());
        List<String> actions = escalated.getList("history.action");
        assertEquals(true, actions.contains("HOST_REMINDED"), actions.toString());
    }

    @Test
    void aTaskOfAnotherLaneIsRefusedWithItsGroup() {
        long lead = webForm("WEB_FORM");
        String taskId = String.valueOf(Staff.SALES.tasksOf(lead, "VerifyChallenge").get(0)
                .get("id"));
        assertEquals(0, Staff.AUTHOR.tasksOf(lead, "VerifyChallenge").size());
        Staff.AUTHOR.asked().when().post("/tasks/" + taskId + "/claim").then()
                .statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("TASK_OF_ANOTHER_GROUP"))
                .body("detail", org.hamcrest.Matchers.containsString("central-sales"));
        given().when().get("/tasks").then().statusCode(401);
        Staff.SALES.asked().contentType(ContentType.JSON)
                .body("{\"confirmedClass\":\"P+U\"}")
                .when().post("/tasks/" + taskId + "/complete").then().statusCode(400)
                .body("errors.field", hasItem("clientConfirmedNeed"));
        assertState(lead, "IN_VERIFICATION");
    }

    @Test
    void theSecondOfTwoEditorsGets409WithWhatChanged() {
        long lead = webForm("WEB_FORM");
        Staff.SALES.work(lead, "VerifyChallenge",
                "{\"confirmedClass\":\"P+U\",\"clientConfirmedNeed\":true}");
        int version = caseOf(lead).getInt("challenge.version");
        Staff.SALES.asked().contentType(ContentType.JSON)
                .body("{\"version\":" + version + ",\"title\":\"Badania korozji – wersja A\"}")
                .when().put("/cases/" + lead + "/challenge").then().statusCode(200);
        Staff.HOST.asked().contentType(ContentType.JSON)
                .body("{\"version\":" + version + ",\"title\":\"Badania korozji – wersja B\"}")
                .when().put("/cases/" + lead + "/challenge").then().statusCode(409)
                .body("code", equalTo("CASE_CHANGED"))
                .body("yourVersion", is(version))
                .body("current.title", equalTo("Badania korozji – wersja A"))
                .body("changes[0].actor", equalTo(Staff.SALES.user))
                .body("changes[0].details.title.to", equalTo("Badania korozji – wersja A"));
        assertEquals("Badania korozji – wersja A", caseOf(lead).getString("challenge.title"));
    }

    @Test
    void theOpportunityTakesFilesOfTheDeclaredTypeOnly() {
        long lead = webForm("WEB_FORM");
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Staff.SALES.asked().contentType("application/pdf").body(pdf)
                .queryParam("fileName", "Opis wyzwania – załącznik.pdf")
                .when().post("/cases/" + lead + "/attachments").then().statusCode(201)
                .body("fileName", equalTo("Opis wyzwania – załącznik.pdf"))
                .body("contentTypeCheck", equalTo("CONFIRMED"));
        Staff.SALES.asked().contentType("application/pdf").body(new byte[] {(byte) 0x89, 'P',
                'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}).queryParam("fileName", "skan.pdf")
                .when().post("/cases/" + lead + "/attachments").then().statusCode(400)
                .body("errors.code", hasItem("CONTENT_TYPE_MISMATCH"));
        Staff.SALES.asked().contentType("application/pdf").body(pdf)
                .queryParam("fileName", "../../etc/passwd.pdf")
                .when().post("/cases/" + lead + "/attachments").then().statusCode(400)
                .body("errors.field", hasItem("fileName"));
        Staff.AUTHOR.asked().contentType("application/pdf").body(pdf)
                .queryParam("fileName", "a.pdf")
                .when().post("/cases/" + lead + "/attachments").then().statusCode(403);

        Staff.SALES.asked().when().get("/leads/" + lead + "/attachments").then()
                .statusCode(200).body("size()", is(1))
                .body("[0].sizeBytes", is(pdf.length));
        assertEquals(1, caseOf(lead).getList("history.findAll { it.action == 'ATTACHMENT_ADDED' }")
                .size());
    }

    // ----------------------------------------------------------------------------------------

    private static long publishedEnergyChallenge(String channel) {
        long lead = webForm(channel);
        Staff.SALES.work(lead, "VerifyChallenge",
                "{\"confirmedClass\":\"P+U\",\"clientConfirmedNeed\":true}");
        assertState(lead, "OPPORTUNITY");
        Staff.SALES.work(lead, "CompleteOpportunity",
                "{\"technicalDomain\":\"ENERGY\",\"readyServiceExists\":false}");
        assertState(lead, "HOST_ASSIGNED");
        JsonPath assigned = caseOf(lead);
        assertEquals(ENERGY_HOST, assigned.getString("challenge.host"));
        Staff.HOST.work(lead, "PrepareChallenge", "{\"description\":\"Opis uzupełniony\"}");
        JsonPath published = caseOf(lead);
        assertEquals("PUBLISHED", published.getString("state"));
        assertEquals("Opis uzupełniony", published.getString("challenge.description"));
        Set<Object> institutes = Staff.AUTHOR.tasksOf(lead, "AnswerChallenge").stream()
                .map(t -> t.get("institute")).collect(Collectors.toSet());
        assertEquals(Set.of(ENERGY_HOST, ENERGY_INVITED), institutes);
        return lead;
    }

    private static String card(String institute) {
        return "{\"offersCard\":true,\"scope\":\"Badania odporności na zwarcia – " + institute
                + "\",\"roughPricePln\":\"18500.50\",\"durationDays\":30}";
    }

    static long webForm(String channel) {
        String body = form(channel, null);
        var request = "SALES_LEAD".equals(channel) ? Staff.CRM.asked() : given();
        return request.contentType(ContentType.JSON).body(body).when().post("/leads")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long typedLead(String receivedAt) {
        return Staff.CRM.asked().contentType(ContentType.JSON).body(form("SALES_LEAD", receivedAt))
                .when().post("/leads").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String form(String channel, String receivedAt) {
        return "{\"organisationName\":\"Zakłady Energetyczne Testowe Sp. z o.o.\","
                + "\"nip\":\"5260250274\",\"contactPerson\":\"Jan Testowy\","
                + "\"email\":\"jan.testowy@zet-energia.pl\",\"title\":\"Badania odporności"
                + " transformatorów na zwarcia\",\"description\":\"Potrzebujemy badań"
                + " odporności zwarciowej transformatorów zgodnie z normą.\","
                + "\"declaredNeed\":\"TESTING_AND_ANALYSIS\",\"channel\":\"" + channel + "\""
                + (receivedAt == null ? "" : ",\"receivedAt\":\"" + receivedAt + "\"") + "}";
    }

    static JsonPath caseOf(long lead) {
        return Staff.AUDITOR.asked().when().get("/cases/" + lead).then().statusCode(200)
                .extract().jsonPath();
    }

    static void assertState(long lead, String state) {
        assertEquals(state, caseOf(lead).getString("state"));
    }

    private static JsonPath ended(long lead, String state) {
        JsonPath closed = caseOf(lead);
        assertEquals(state, closed.getString("state"));
        assertEquals("ENDED", closed.getString("processState"));
        return closed;
    }

    private static JsonPath awaitAction(long lead, String action) {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            JsonPath now = caseOf(lead);
            if (now.getList("history.action").contains(action)
                    || System.currentTimeMillis() > until) {
                return now;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return now;
            }
        }
    }
}
