package pl.lukasiewicz.challenges.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import pl.lukasiewicz.challenges.platform.LocalDatabase;

/**
 * The database of the Quarkus tests: a fresh local PostgreSQL server in a temporary folder,
 * or, when QUARKUS_DATASOURCE_JDBC_URL is set, the server it names.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        if (LocalDatabase.externalServerConfigured()) {
            return Map.of();
        }
        try {
            server = LocalDatabase.start(Files.createTempDirectory("challenges-test-db"));
        } catch (IOException e) {
            throw new IllegalStateException("No temporary folder for the test database", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", LocalDatabase.jdbcUrl(server),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException("The test database did not stop", e);
        }
    }
}
