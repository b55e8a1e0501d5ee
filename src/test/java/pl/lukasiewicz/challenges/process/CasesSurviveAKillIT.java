package pl.lukasiewicz.challenges.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lukasiewicz.challenges.process.ChallengePathsTest.ENERGY_HOST;
import static pl.lukasiewicz.challenges.process.ChallengePathsTest.ENERGY_INVITED;
import static pl.lukasiewicz.challenges.process.ChallengePathsTest.caseOf;
import static pl.lukasiewicz.challenges.process.ChallengePathsTest.webForm;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service, takes three cases to three different waiting points of the P+U
 * process, kills the service with SIGKILL while one case's answer deadline is still ahead,
 * lets that deadline pass while nothing runs, starts the service again on the same data and
 * then works every case to its end through REST.
 *
 * <ul>
 * <li>A: a web-form lead waiting for sales in VerifyChallenge;</li>
 * <li>B: a published challenge waiting for the card authors, its answer deadline falling
 * while the service is down;</li>
 * <li>C: both institutes answered with cards, sales holding (claimed) CreateOffer.</li>
 * </ul>
 */
class CasesSurviveAKillIT {

    private static final Path RUNNER = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path SERVICE_LOG = Path.of("target", "cases-survive-a-kill.log");
    private static final Duration START_LIMIT = Duration.ofSeconds(240);
    private static final Duration SIGNAL_LIMIT = Duration.ofSeconds(60);
    private static final List<Staff> LANES =
            List.of(Staff.SALES, Staff.HOST, Staff.AUTHOR, Staff.MANAGER);

    private Path dataDirectory;
    private Process service;

    /** An open task as its lane sees it in the task list. */
    private record OpenTask(String id, String task, Long leadId, String institute,
            String status, String owner) {
    }

    @Test
    void openTasksAndADeadlineThatFellWhileDownSurviveAKillAndEveryCaseEnds()
            throws Exception {
        dataDirectory = Files.createTempDirectory("challenges-cases-kill");
        Files.deleteIfExists(SERVICE_LOG);
        RestAssured.port = freePort();
        service = start();

        long a = webForm("WEB_FORM");
        long c = publishedEnergyChallenge();
        Staff.AUTHOR.answerFor(c, ENERGY_HOST, card(ENERGY_HOST));
        Staff.AUTHOR.answerFor(c, ENERGY_INVITED, card(ENERGY_INVITED));
        claim(Staff.SALES, c, "CreateOffer");
        long b = publishedEnergyChallenge();
        Instant answersDue = OffsetDateTime.parse(
                caseOf(b).getString("challenge.answersDue")).toInstant();
        Set<OpenTask> beforeKill = openTasks();
        assertWaiting(a, "IN_VERIFICATION");
        assertWaiting(b, "PUBLISHED");
        assertWaiting(c, "OFFER_IN_PREPARATION");
        assertTrue(Instant.now().isBefore(answersDue),
                "B must be killed before its answer deadline, due " + answersDue);

        service.destroyForcibly().waitFor();
        sleepUntil(answersDue.plusSeconds(1));
        Instant restarted = Instant.now();
        long logBeforeRestart = Files.size(SERVICE_LOG);
        service = start();

        JsonPath escalated = awaitAction(b, "ESCALATED_ANSWER_DEADLINE");
        assertTrue(OffsetDateTime.parse(escalated.getString(
                "history.find { it.action == 'ESCALATED_ANSWER_DEADLINE' }.occurredAt"))
                .toInstant().isAfter(restarted), "the deadline fired after the restart");
        assertEquals(afterTheDeadlineOf(b, beforeKill), openTasks(),
                "every open task is back after the kill, B's card tasks closed by its deadline");

        Staff.SALES.work(a, "VerifyChallenge",
                "{\"confirmedClass\":\"B+R\",\"clientConfirmedNeed\":true}");
        Staff.SALES.work(b, "NoOffersFeedback", "{\"note\":\"Klient poinformowany\"}");
        completeClaimed(Staff.SALES, c, "CreateOffer",
                "{\"offerKind\":\"CUSTOM_SERVICE\",\"netValuePln\":\"37000.00\"}");
        Staff.SALES.work(c, "SendOffer", "{}");
        Staff.MANAGER.work(c, "Negotiate", "{\"clientAnswer\":\"ACCEPTED\"}");
        Staff.MANAGER.work(c, "CarryOutOrder", "{}");

        assertEnded(a, "HANDED_OVER_TO_BR");
        assertEnded(b, "NO_OFFERS");
        JsonPath accepted = assertEnded(c, "OFFER_ACCEPTED");
        assertEquals(2, accepted.getInt("offerCards.size()"));
        assertEquals("ACCEPTED", accepted.getString("offer.status"));
        assertEquals(List.of(), errorsLoggedSince(logBeforeRestart),
                "the restart, the deadline and the cases' ends log no error");
    }

    @AfterEach
    void stopWhatThisTestStarted() throws Exception {
        if (service != null && service.isAlive()) {
            service.destroy();
            service.waitFor();
        }
        if (dataDirectory != null) {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            }
        }
        RestAssured.reset();
    }

    // ---------------------------------------------------------------------------- the cases

    private static long publishedEnergyChallenge() {
        long lead = webForm("WEB_FORM");
        Staff.SALES.work(lead, "VerifyChallenge",
                "{\"confirmedClass\":\"P+U\",\"clientConfirmedNeed\":true}");
        Staff.SALES.work(lead, "CompleteOpportunity",
                "{\"technicalDomain\":\"ENERGY\",\"readyServiceExists\":false}");
        Staff.HOST.work(lead, "PrepareChallenge", "{\"description\":\"Opis uzupełniony\"}");
        assertEquals(2, Staff.AUTHOR.tasksOf(lead, "AnswerChallenge").size());
        return lead;
    }

    private static String card(String institute) {
        return "{\"offersCard\":true,\"scope\":\"Próby zwarciowe – " + institute
                + "\",\"roughPricePln\":\"21000.00\",\"durationDays\":45}";
    }

    private static void claim(Staff person, long lead, String task) {
        person.asked().when().post("/tasks/" + taskId(person, lead, task) + "/claim")
                .then().statusCode(200);
    }

    /** Completes a task claimed before the kill: the claim itself must have survived. */
    private static void completeClaimed(Staff person, long lead, String task, String data) {
        person.asked().contentType(ContentType.JSON).body(data)
                .when().post("/tasks/" + taskId(person, lead, task) + "/complete")
                .then().statusCode(200);
    }

    private static String taskId(Staff person, long lead, String task) {
        List<Map<String, Object>> open = person.tasksOf(lead, task);
        assertEquals(1, open.size(), "open " + task + " tasks of case " + lead);
        return String.valueOf(open.get(0).get("id"));
    }

    private static void assertWaiting(long lead, String state) {
        JsonPath now = caseOf(lead);
        assertEquals(state, now.getString("state"));
        assertEquals("ACTIVE", now.getString("processState"));
    }

    private static JsonPath assertEnded(long lead, String state) {
        JsonPath closed = caseOf(lead);
        assertEquals(state, closed.getString("state"), closed.prettify());
        assertEquals("ENDED", closed.getString("processState"));
        return closed;
    }

    // ------------------------------------------------------------------------------ tasks

    /** Every open task of every lane, samples loaded at the first start included. */
    private static Set<OpenTask> openTasks() {
        Set<OpenTask> open = new HashSet<>();
        for (Staff lane : LANES) {
            for (Map<String, Object> t : lane.asked().when().get("/tasks").then()
                    .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$")) {
                Object lead = t.get("leadId");
                open.add(new OpenTask(String.valueOf(t.get("id")), (String) t.get("task"),
                        lead == null ? null : ((Number) lead).longValue(),
                        (String) t.get("institute"), (String) t.get("status"),
                        (String) t.get("owner")));
            }
        }
        return open;
    }

    /** The tasks open before the kill, less B's card tasks, plus B's feedback task. */
    private static Set<OpenTask> afterTheDeadlineOf(long b, Set<OpenTask> beforeKill) {
        Set<OpenTask> expected = new HashSet<>(beforeKill);
        assertTrue(expected.removeIf(t -> t.leadId() != null && t.leadId() == b
                && t.task().equals("AnswerChallenge")), "B had card tasks before the kill");
        List<Map<String, Object>> feedback = Staff.SALES.tasksOf(b, "NoOffersFeedback");
        assertEquals(1, feedback.size(), "B's NoOffersFeedback after its deadline");
        expected.add(new OpenTask(String.valueOf(feedback.get(0).get("id")),
                "NoOffersFeedback", b, null, (String) feedback.get(0).get("status"), null));
        return expected;
    }

    private static JsonPath awaitAction(long lead, String action) throws InterruptedException {
        Instant until = Instant.now().plus(SIGNAL_LIMIT);
        JsonPath now = caseOf(lead);
        while (!now.getList("history.action").contains(action)) {
            assertTrue(Instant.now().isBefore(until),
                    action + " did not happen within " + SIGNAL_LIMIT + ": " + now.prettify());
            Thread.sleep(250);
            now = caseOf(lead);
        }
        return now;
    }

    // ---------------------------------------------------------------------------- service

    private Process start() throws IOException, InterruptedException {
        assertTrue(Files.exists(RUNNER), "package the service first: " + RUNNER);
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + RestAssured.port,
                "-Dchallenges.local-database.dir=" + dataDirectory,
                "-Dchallenges.deadlines.answer-period=PT40S",
                "-Dchallenges.deadlines.watch-interval=PT1S",
                "-jar", RUNNER.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(SERVICE_LOG.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE"));
        Process started = builder.start();
        awaitReady(started);
        return started;
    }

    private static void awaitReady(Process process) throws InterruptedException {
        Instant until = Instant.now().plus(START_LIMIT);
        while (!ready()) {
            assertTrue(process.isAlive(), "the service exited; see " + SERVICE_LOG);
            assertTrue(Instant.now().isBefore(until),
                    "the service was not ready within " + START_LIMIT);
            Thread.sleep(500);
        }
    }

    private static boolean ready() {
        try {
            return RestAssured.given().when().get("/q/health/ready").statusCode() == 200;
        } catch (Exception notListeningYet) {
            return false;
        }
    }

    /** The ERROR lines the service logged after the given length of its log. */
    private static List<String> errorsLoggedSince(long offset) throws IOException {
        byte[] log = Files.readAllBytes(SERVICE_LOG);
        String since = new String(log, (int) offset, log.length - (int) offset,
                StandardCharsets.UTF_8);
        return since.lines().filter(line -> line.matches("^\\d{2}:\\d{2}:\\d{2} ERROR .*"))
                .toList();
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long wait = Duration.between(Instant.now(), moment).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
