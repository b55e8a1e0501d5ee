package pl.lukasiewicz.challenges.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Starts the service. With no datasource URL configured it first starts the local PostgreSQL
 * server, points the datasource at it and asks for the bundled sample requests to be loaded
 * into an empty database. With a datasource URL configured it changes nothing.
 */
@QuarkusMain
public class ServiceMain {

    /** Set when the service runs on its own local database; see SampleRequestLoader. */
    public static final String SAMPLE_DATA_PROPERTY = "challenges.sample-data.load";

    private static final Logger LOG = Logger.getLogger(ServiceMain.class);

    public static void main(String... args) {
        if (LocalDatabase.externalServerConfigured()) {
            Quarkus.run(args);
            return;
        }
        LocalDatabaseStop.stopAfterTheService(useLocalDatabase());
        try {
            Quarkus.run(args);
        } finally {
            LocalDatabaseStop.now();
        }
    }

    /** Starts the local server; LocalDatabaseStop stops it once the service has stopped. */
    private static EmbeddedPostgres useLocalDatabase() {
        Path dataDirectory = LocalDatabase.configuredDataDirectory();
        EmbeddedPostgres server = LocalDatabase.start(dataDirectory);
        LOG.infof("No database configured: using the local PostgreSQL server in %s (port %d)",
                dataDirectory, server.getPort());

        System.setProperty(LocalDatabase.URL_PROPERTY, LocalDatabase.jdbcUrl(server));
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        System.setProperty(SAMPLE_DATA_PROPERTY, "true");
        return server;
    }
}
