package pl.lukasiewicz.challenges.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL server the service brings along when nobody configured one.
 *
 * <p>It runs the real PostgreSQL binaries packaged in a Maven artifact, keeps its data in a
 * folder that survives restarts, and listens on loopback only. The library's defaults for
 * throw-away test databases (no fsync, asynchronous commit) are turned back to PostgreSQL's
 * own, so a committed lead survives a crash of the machine too. A server left running by a
 * service that was killed hard is stopped first, so the data folder is never shared.
 */
public final class LocalDatabase {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String URL_VARIABLE = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String DIR_PROPERTY = "challenges.local-database.dir";
    static final String DIR_VARIABLE = "CHALLENGES_LOCAL_DATABASE_DIR";
    static final String DEFAULT_DIR = "data/postgres";

    private static final Logger LOG = Logger.getLogger(LocalDatabase.class);
    private static final Duration STALE_SERVER_STOP = Duration.ofSeconds(30);

    private LocalDatabase() {
    }

    /** Whether the standard Quarkus datasource settings name a server to use instead. */
    public static boolean externalServerConfigured() {
        return present(System.getProperty(URL_PROPERTY)) || present(System.getenv(URL_VARIABLE));
    }

    /**
     * Starts the local server on the given data folder and returns it; its JDBC URL, user and
     * password are those of the "postgres" database.
     */
    public static EmbeddedPostgres start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            stopServerLeftBehind(dataDirectory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The local PostgreSQL server did not start in " + dataDirectory, e);
        }
    }

    /** The data folder: a setting, else {@value #DEFAULT_DIR} under the working directory. */
    public static Path configuredDataDirectory() {
        return Optional.ofNullable(System.getProperty(DIR_PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(DIR_VARIABLE)))
                .filter(LocalDatabase::present)
                .map(Path::of)
                .orElse(Path.of(DEFAULT_DIR))
                .toAbsolutePath();
    }

    public static String jdbcUrl(EmbeddedPostgres server) {
        return server.getJdbcUrl("postgres", "postgres");
    }

    /**
     * A service stopped with kill -9 leaves its PostgreSQL server running on the data folder.
     * That server's process id is the first line of postmaster.pid; it is asked to stop
     * (SIGTERM, a smart shutdown that loses nothing committed) and waited for.
     */
    private static void stopServerLeftBehind(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).strip());
        Optional<ProcessHandle> server = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(LocalDatabase::isPostgres);
        if (server.isEmpty()) {
            return;
        }
        LOG.warnf("A PostgreSQL server (pid %d) was left running on %s; stopping it first",
                pid, dataDirectory);
        ProcessHandle process = server.get();
        process.destroy();
        try {
            process.onExit().get(STALE_SERVER_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notStoppedInTime) {
            process.destroyForcibly();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
