package pl.lukasiewicz.challenges.platform;

import io.quarkus.runtime.ShutdownEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Stops the local PostgreSQL server when the service stops in order: after Quarkus has let
 * the requests in flight finish (its graceful shutdown comes before the shutdown event), and
 * within Quarkus's own shutdown, so the JVM does not exit with the server still running.
 */
@ApplicationScoped
public class LocalDatabaseStop {

    private static final Logger LOG = Logger.getLogger(LocalDatabaseStop.class);
    private static final AtomicReference<EmbeddedPostgres> SERVER = new AtomicReference<>();

    static void stopAfterTheService(EmbeddedPostgres server) {
        SERVER.set(server);
    }

    void onShutdown(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000)
            ShutdownEvent stopping) {
        now();
    }

    /** Stops the server if it still runs; safe to call more than once. */
    static void now() {
        EmbeddedPostgres server = SERVER.getAndSet(null);
        if (server == null) {
            return;
        }
        try {
            server.close();
            LOG.info("The local PostgreSQL server has stopped");
        } catch (IOException e) {
            LOG.warn("The local PostgreSQL server did not stop cleanly; the next start"
                    + " stops it", e);
        }
    }
}
