package pl.lukasiewicz.challenges.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Links the rows written to chained tables to their chains, shortly after they are committed
 * (see db/migration/V8__audit_chain_sealed_after_commit.sql and docs/audit-chain.md). Writers
 * only note their rows as waiting; this seals what waits, every chain in turn, in batches,
 * each batch one short transaction of its own.
 */
@ApplicationScoped
public class AuditChainSealer {

    private static final Logger LOG = Logger.getLogger(AuditChainSealer.class);

    /** The most rows one transaction links. */
    static final int BATCH = 1_000;

    @Inject
    AgroalDataSource dataSource;

    /** How long a committed row may wait to be linked; also the pause between two looks. */
    @ConfigProperty(name = "challenges.audit-chain.seal-interval", defaultValue = "PT0.5S")
    Duration interval;

    private ScheduledExecutorService clock;

    void start(@Observes StartupEvent started) {
        clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-chain-sealer");
            thread.setDaemon(true);
            return thread;
        });
        clock.scheduleWithFixedDelay(this::sealWaitingRows, interval.toMillis(),
                interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops looking before the database closes; what waits then is sealed at the next start
     * (the queue is a table, so nothing is lost).
     */
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent stopping) {
        if (clock != null) {
            clock.shutdownNow();
        }
    }

    /** Each chain on its own: one that cannot be sealed holds back none of the others. */
    private void sealWaitingRows() {
        List<String> chains;
        try {
            chains = chains();
        } catch (SQLException | RuntimeException e) {
            LOG.error("Could not read the audit chains; trying again at the next look", e);
            return;
        }
        for (String chain : chains) {
            try {
                seal(chain);
            } catch (SQLException | RuntimeException e) {
                LOG.errorf(e, "Could not seal the audit chain %s; trying again at the next"
                        + " look", chain);
            }
        }
    }

    /** Links every row of one chain that waits now; answers how many it linked. */
    public long seal(String chain) throws SQLException {
        long linked = 0;
        int batch;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement seal = connection.prepareStatement(
                        "select audit_chain_seal(?, ?)")) {
            connection.setAutoCommit(true);
            seal.setString(1, chain);
            seal.setInt(2, BATCH);
            do {
                try (ResultSet result = seal.executeQuery()) {
                    result.next();
                    batch = result.getInt(1);
                }
                linked += batch;
            } while (batch == BATCH);
        }
        return linked;
    }

    private List<String> chains() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery(
                        "select chain_name from audit_chain order by chain_name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
