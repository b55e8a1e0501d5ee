package pl.lukasiewicz.challenges.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Writes the decision-log rows of decisions made outside any transaction (a stateless call
 * of a decision endpoint) with a group commit: the rows that arrive while one batch is being
 * written go together into the next, in one transaction and one commit. A caller gets its
 * row's id once the batch holding it has committed, and never before; should the batch fail,
 * every caller in it gets the failure and no outcome. Decisions made inside a transaction
 * (with a lead, a case) are logged in that transaction instead, by {@link Decisions}.
 */
@ApplicationScoped
public class DecisionLogWriter {

    private static final Logger LOG = Logger.getLogger(DecisionLogWriter.class);

    /** The most rows one transaction writes. */
    static final int BATCH = 200;

    /** How many rows may wait for a batch before callers are refused. */
    private static final int QUEUE = 10_000;

    /** How long a caller waits for its row to be committed. */
    private static final long WAIT_SECONDS = 10;

    /** The batch's statements give up well before their callers do. */
    private static final String STATEMENT_TIMEOUT = "set local statement_timeout = '5s'";

    private static final String INSERT = "insert into decision_log (model_name, model_version,"
            + " model_hash, inputs, outputs, matched_rules, evidence, lead_id, caller,"
            + " evaluated_at, duration_micros) values (?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb,"
            + " ?::jsonb, ?, ?, ?, ?)";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>(QUEUE);
    private volatile Thread writer;

    /** A row and the caller waiting for its id. */
    private record Waiting(DecisionLogEntry entry, CompletableFuture<Long> written) {
    }

    void start(@Observes StartupEvent started) {
        Thread thread = new Thread(this::writeBatches, "decision-log-writer");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    /** Stops after the requests in flight (Quarkus stops the HTTP server first). */
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent stopping) {
        Thread thread = writer;
        writer = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /**
     * Adds the row to the log and answers its id once it is committed.
     *
     * @throws DecisionNotRecordedException when the row could not be committed
     */
    public long write(DecisionLogEntry entry) {
        CompletableFuture<Long> written = new CompletableFuture<>();
        if (writer == null || !queue.offer(new Waiting(entry, written))) {
            throw new DecisionNotRecordedException("the decision log takes no more rows now");
        }
        try {
            return written.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionNotRecordedException("interrupted while the row was written");
        } catch (TimeoutException e) {
            written.cancel(false);
            throw new DecisionNotRecordedException("the row was not committed within "
                    + WAIT_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new DecisionNotRecordedException("the database did not take the row");
        }
    }

    /**
     * Takes what waits, up to a batch, writes it and answers its callers; once told to stop,
     * writes what still waits and ends.
     */
    private void writeBatches() {
        List<Waiting> batch = new ArrayList<>(BATCH);
        boolean stopping = false;
        while (!stopping || !queue.isEmpty()) {
            try {
                if (!stopping) {
                    batch.add(queue.take());
                }
                queue.drainTo(batch, BATCH - batch.size());
                writeAndAnswer(batch);
            } catch (InterruptedException e) {
                stopping = true;
            }
            batch.clear();
        }
    }

    /**
     * Writes the rows whose callers still wait. A caller gives up after {@link #WAIT_SECONDS};
     * the batch's statements give up sooner ({@link #STATEMENT_TIMEOUT}), so a row is not
     * committed after its caller was told it was not, short of a commit that itself hangs;
     * should that happen, the row's id is logged as a warning.
     */
    private void writeAndAnswer(List<Waiting> batch) {
        batch.removeIf(waiting -> waiting.written().isDone());
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<Long> ids = insert(batch);
            for (int i = 0; i < batch.size(); i++) {
                if (!batch.get(i).written().complete(ids.get(i))) {
                    LOG.warnf("Decision-log row %d was committed after its caller gave up"
                            + " waiting for it; the caller got no outcome", ids.get(i));
                }
            }
        } catch (SQLException | JsonProcessingException | RuntimeException e) {
            LOG.errorf(e, "A batch of %d decision-log rows could not be written; its callers"
                    + " get no outcome", batch.size());
            batch.forEach(waiting -> waiting.written().completeExceptionally(e));
        }
    }

    /** Inserts the rows in one transaction and answers their ids, in the same order. */
    private List<Long> insert(List<Waiting> batch) throws SQLException, JsonProcessingException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT,
                        new String[] {"id"})) {
            connection.setAutoCommit(false);
            try {
                try (Statement limits = connection.createStatement()) {
                    limits.execute(STATEMENT_TIMEOUT);
                }
                for (Waiting waiting : batch) {
                    bind(insert, waiting.entry());
                    insert.addBatch();
                }
                insert.executeBatch();
                List<Long> ids = new ArrayList<>(batch.size());
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                if (ids.size() != batch.size()) {
                    throw new SQLException(batch.size() + " rows written, " + ids.size()
                            + " ids given back");
                }
                connection.commit();
                return ids;
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private void bind(PreparedStatement insert, DecisionLogEntry entry)
            throws SQLException, JsonProcessingException {
        insert.setString(1, entry.modelName);
        insert.setInt(2, entry.modelVersion);
        insert.setString(3, entry.modelHash);
        insert.setString(4, json.writeValueAsString(entry.inputs));
        insert.setString(5, json.writeValueAsString(entry.outputs));
        insert.setString(6, json.writeValueAsString(entry.matchedRules));
        insert.setString(7, json.writeValueAsString(entry.evidence));
        if (entry.leadId == null) {
            insert.setNull(8, Types.BIGINT);
        } else {
            insert.setLong(8, entry.leadId);
        }
        insert.setString(9, entry.caller);
        insert.setObject(10, entry.evaluatedAt);
        insert.setLong(11, entry.durationMicros);
    }
}
