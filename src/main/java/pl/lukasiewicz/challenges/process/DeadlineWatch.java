package pl.lukasiewicz.challenges.process;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kie.kogito.Model;
import org.kie.kogito.process.Process;
import org.kie.kogito.process.impl.Sig;

/**
 * Watches the stored case deadlines and signals each case's process when one comes due. It
 * looks at start-up, so a deadline that passed while the service was down is signalled at
 * once, and then every {@code challenges.deadlines.watch-interval}.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);
    private static final int BATCH = 100;

    @Inject
    @Named(ChallengeProcess.PROCESS_ID)
    Process<? extends Model> process;

    @Inject
    DeadlineWatch self;

    @ConfigProperty(name = "challenges.deadlines.watch-interval", defaultValue = "PT30S")
    Duration interval;

    private ScheduledExecutorService clock;

    /**
     * Starts after the decision models are registered (at the default priority): a deadline
     * signalled before would find no model to decide with, and fail until the next look.
     */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000)
            StartupEvent started) {
        clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "case-deadline-watch");
            thread.setDaemon(true);
            return thread;
        });
        clock.scheduleWithFixedDelay(this::look, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops before the database does (the local database closes at a later priority). */
    void stop(@Observes @Priority(1) ShutdownEvent stopping) {
        if (clock != null) {
            clock.shutdownNow();
        }
    }

    private void look() {
        try {
            int signalled;
            do {
                signalled = 0;
                for (long id : self.dueNow()) {
                    signalled += signalOne(id) ? 1 : 0;
                }
            } while (signalled == BATCH);
        } catch (RuntimeException e) {
            LOG.error("Could not read the deadlines due; trying again at the next look", e);
        }
    }

    /**
     * Each deadline is signalled in a transaction of its own: one that fails is tried again
     * at the next look, and neither undoes nor holds back the others.
     */
    private boolean signalOne(long id) {
        try {
            return self.signal(id);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not signal deadline %d; trying again at the next look", id);
            return false;
        }
    }

    @Transactional
    List<Long> dueNow() {
        return CaseDeadline.dueBy(OffsetDateTime.now(), BATCH);
    }

    /** Signals one deadline if it still waits, in one transaction with its row. */
    @Transactional
    boolean signal(long id) {
        Optional<CaseDeadline> waiting = CaseDeadline.stillWaiting(id);
        if (waiting.isEmpty()) {
            return false;
        }
        CaseDeadline deadline = waiting.get();
        process.instances().findById(deadline.processInstanceId).ifPresentOrElse(
                instance -> instance.send(Sig.of(deadline.signal, deadline.kind)),
                () -> LOG.infof("Case %d has no running process for deadline %s",
                        deadline.leadId, deadline.kind));
        deadline.signalledAt = OffsetDateTime.now();
        LOG.infof("Deadline %s of case %d (due %s) signalled", deadline.kind,
                deadline.leadId, deadline.dueAt);
        return true;
    }
}
