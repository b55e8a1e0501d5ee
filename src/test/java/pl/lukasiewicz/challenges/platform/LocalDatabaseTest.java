package pl.lukasiewicz.challenges.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class LocalDatabaseTest {

    @Test
    void theLocalServerWritesCommitsToDiskLikeAnyPostgreSqlServer() throws Exception {
        Path folder = Files.createTempDirectory("local-db");

        try (EmbeddedPostgres server = LocalDatabase.start(folder);
                Connection connection = DriverManager.getConnection(
                        LocalDatabase.jdbcUrl(server), "postgres", "postgres")) {

            assertEquals("on", setting(connection, "fsync"));
            assertEquals("on", setting(connection, "synchronous_commit"));
            assertEquals("127.0.0.1", setting(connection, "listen_addresses"));
        }
    }

    private static String setting(Connection connection, String name) throws Exception {
        try (ResultSet row = connection.createStatement().executeQuery("show " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
