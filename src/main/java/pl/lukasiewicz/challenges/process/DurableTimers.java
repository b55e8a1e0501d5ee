package pl.lukasiewicz.challenges.process;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.jboss.logging.Logger;
import org.kie.kogito.jobs.DurationExpirationTime;
import org.kie.kogito.jobs.ExactExpirationTime;
import org.kie.kogito.jobs.ExpirationTime;
import org.kie.kogito.jobs.JobDescription;
import org.kie.kogito.jobs.descriptors.ProcessInstanceJobDescription;
import org.kie.kogito.process.Processes;
import org.kie.kogito.services.jobs.impl.InMemoryJobContext;
import org.kie.kogito.services.jobs.impl.InMemoryJobService;
import org.kie.kogito.services.jobs.impl.InMemoryProcessJobExecutorFactory;
import org.kie.kogito.uow.UnitOfWorkManager;
import org.kie.kogito.usertask.UserTasks;

/**
 * The process's timers, kept in PostgreSQL so that a deadline set before a crash still fires
 * after the restart, at once if it fell due meanwhile. Kogito's scheduler does the firing; this
 * class writes each timer in the transaction that sets it, arms the scheduler only once that
 * transaction has committed, deletes the row when the timer is cancelled or has fired, and
 * re-arms every stored timer at start-up.
 */
@ApplicationScoped
public class DurableTimers extends InMemoryJobService {

    private static final Logger LOG = Logger.getLogger(DurableTimers.class);

    private final AgroalDataSource database;
    private final TransactionSynchronizationRegistry transactions;

    @Inject
    public DurableTimers(Instance<Processes> processes, Instance<UserTasks> userTasks,
            UnitOfWorkManager unitsOfWork, ScheduledExecutorService scheduler,
            AgroalDataSource database, TransactionSynchronizationRegistry transactions) {
        super(scheduler);
        this.database = database;
        this.transactions = transactions;
        InMemoryJobContext context = new InMemoryJobContext(null, unitsOfWork,
                processes.isResolvable() ? processes.get() : null,
                userTasks.isResolvable() ? userTasks.get() : null);
        registerJobExecutorFactory(new InMemoryProcessJobExecutorFactory(context));
    }

    @Override
    public String scheduleJob(JobDescription job) {
        if (!(job instanceof ProcessInstanceJobDescription timer)) {
            return super.scheduleJob(job);
        }
        store(timer);
        afterCommit(() -> super.scheduleJob(job));
        return job.id();
    }

    @Override
    public boolean cancelJob(String jobId) {
        delete(jobId);
        return super.cancelJob(jobId);
    }

    /** Re-arms every stored timer; one that fell due while the service was down fires now. */
    void rearm(@Observes StartupEvent started) {
        List<ProcessInstanceJobDescription> stored = stored();
        for (ProcessInstanceJobDescription timer : stored) {
            super.scheduleJob(timer);
        }
        if (!stored.isEmpty()) {
            LOG.infof("Re-armed %d stored process timer(s)", stored.size());
        }
    }

    private void afterCommit(Runnable arm) {
        boolean inTransaction;
        try {
            inTransaction = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        } catch (IllegalStateException e) {
            inTransaction = false;
        }
        if (!inTransaction) {
            arm.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    arm.run();
                }
            }
        });
    }

    private void store(ProcessInstanceJobDescription timer) {
        ExpirationTime expiry = timer.expirationTime();
        String sql = "insert into process_timer (job_id, timer_id, process_id,"
                + " process_instance_id, root_process_id, root_process_instance_id,"
                + " node_instance_id, due_at, repeat_interval_ms, repeat_limit, priority)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (job_id) do update"
                + " set due_at = excluded.due_at";
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, timer.id());
            insert.setString(2, timer.timerId());
            insert.setString(3, timer.processId());
            insert.setString(4, timer.processInstanceId());
            insert.setString(5, timer.rootProcessId());
            insert.setString(6, timer.rootProcessInstanceId());
            insert.setString(7, timer.nodeInstanceId());
            insert.setTimestamp(8, Timestamp.from(expiry.get().toInstant()));
            setNullable(insert, 9, expiry.repeatInterval(), Types.BIGINT);
            setNullable(insert, 10, expiry.repeatLimit(), Types.INTEGER);
            setNullable(insert, 11, timer.priority(), Types.INTEGER);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot keep process timer " + timer.id(), e);
        }
    }

    private void delete(String jobId) {
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from process_timer where job_id = ?")) {
            delete.setString(1, jobId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove process timer " + jobId, e);
        }
    }

    private List<ProcessInstanceJobDescription> stored() {
        List<ProcessInstanceJobDescription> timers = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select * from process_timer order by due_at");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ZonedDateTime due = rows.getTimestamp("due_at").toInstant()
                        .atZone(ZoneOffset.UTC);
                long interval = rows.getLong("repeat_interval_ms");
                ExpirationTime expiry = rows.wasNull() ? ExactExpirationTime.of(due)
                        : DurationExpirationTime.repeat(Math.max(0, due.toInstant()
                                .toEpochMilli() - System.currentTimeMillis()), interval,
                                (Integer) rows.getObject("repeat_limit"));
                timers.add(new ProcessInstanceJobDescription(rows.getString("job_id"),
                        rows.getString("timer_id"), expiry, (Integer) rows.getObject("priority"),
                        rows.getString("process_instance_id"),
                        rows.getString("root_process_instance_id"),
                        rows.getString("process_id"), rows.getString("root_process_id"),
                        rows.getString("node_instance_id")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the stored process timers", e);
        }
        return timers;
    }

    private static void setNullable(PreparedStatement statement, int index, Number value,
            int type) throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            statement.setObject(index, value, type);
        }
    }
}
