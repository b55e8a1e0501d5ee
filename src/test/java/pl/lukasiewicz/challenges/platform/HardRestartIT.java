package pl.lukasiewicz.challenges.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lukasiewicz.challenges.support.Users.as;
import static pl.lukasiewicz.challenges.web.Roles.ADMIN;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service as a newcomer would, on its local database, kills it with
 * SIGKILL, starts it again on the same data folder and checks that every lead, decision-log
 * row and process instance is still there; then the same after an orderly stop.
 */
class HardRestartIT {

    private static final Path RUNNER = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_LIMIT = Duration.ofSeconds(180);
    private static final Path SERVICE_LOG = Path.of("target", "hard-restart-service.log");

    private Path dataDirectory;
    private Process service;

    /** What the service reports it holds. */
    private record Holdings(int leads, int decisionLogRows, int processInstances) {
    }

    @Test
    void leadsDecisionsAndProcessesSurviveAKillAndARestart() throws Exception {
        dataDirectory = Files.createTempDirectory("challenges-restart");
        Files.deleteIfExists(SERVICE_LOG);
        int port = freePort();
        service = start(port);
        String lead = given().port(port).contentType(ContentType.JSON)
                .body(SampleRequests.all().get(3).webFormJson())
                .when().post("/leads").then().statusCode(201)
                .extract().jsonPath().getString("id");
        Holdings beforeKill = holdings(port);

        service.destroyForcibly().waitFor();
        service = start(port);

        assertEquals(beforeKill, holdings(port));
        as(ADMIN).port(port).when().get("/leads/" + lead).then().statusCode(200)
                .body("process.state", equalTo("ACTIVE"));

        service.destroy();
        assertEquals(143, service.waitFor(), "an orderly stop ends on SIGTERM's exit code");
        assertTrue(databaseStopped(), "an orderly stop stops the local PostgreSQL server too");
        service = start(port);

        assertEquals(beforeKill, holdings(port));
        assertEquals(SampleRequests.all().size() + 1, beforeKill.leads(),
                "the samples are loaded once, into the empty database only");
    }

    @AfterEach
    void stopEverythingThisTestStarted() throws Exception {
        if (service != null && service.isAlive()) {
            service.destroy();
            service.waitFor();
        }
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }

    private Process start(int port) throws IOException, InterruptedException {
        assertTrue(Files.exists(RUNNER), "package the service first: " + RUNNER);
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java,
                "-Dquarkus.http.port=" + port,
                "-Dchallenges.local-database.dir=" + dataDirectory,
                "-jar", RUNNER.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(SERVICE_LOG.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE"));
        Process process = builder.start();
        awaitReady(process, port);
        return process;
    }

    private static void awaitReady(Process process, int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), "the service exited; see " + SERVICE_LOG);
            if (ready(port)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service was not ready within " + START_LIMIT);
    }

    private static boolean ready(int port) {
        try {
            return given().port(port).when().get("/q/health/ready").statusCode() == 200;
        } catch (Exception notListeningYet) {
            return false;
        }
    }

    private static Holdings holdings(int port) {
        List<?> leads = as(ADMIN).port(port).queryParam("limit", 500)
                .when().get("/leads").then().statusCode(200).extract().jsonPath().getList("$");
        List<?> log = as(ADMIN).port(port).queryParam("limit", 500)
                .when().get("/decision-log").then().statusCode(200)
                .extract().jsonPath().getList("$");
        List<String> activeProcesses = as(ADMIN).port(port).queryParam("limit", 500)
                .when().get("/leads").then().statusCode(200)
                .extract().jsonPath()
                .getList("findAll { it.process.state == 'ACTIVE' }.process.id");
        return new Holdings(leads.size(), log.size(), activeProcesses.size());
    }

    /** Whether the server named in postmaster.pid is gone, waiting a little for it. */
    private boolean databaseStopped() throws Exception {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        for (int i = 0; i < 20 && Files.exists(pidFile); i++) {
            Thread.sleep(250);
        }
        return !Files.exists(pidFile);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
