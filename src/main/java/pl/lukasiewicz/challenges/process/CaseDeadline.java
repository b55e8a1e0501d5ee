package pl.lukasiewicz.challenges.process;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A moment a case waits for, and the signal its process gets then: the host's reminder before
 * the answer deadline, and the deadline itself.
 */
@Entity
public class CaseDeadline extends PanacheEntityBase {

    /** What the deadline is, and the signal (a boundary event of the process) it sends. */
    public enum Kind {
        HOST_REMINDER("hostReminderDue"),
        ANSWERS_DUE("answersDeadlineReached");

        final String signal;

        Kind(String signal) {
            this.signal = signal;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long leadId;
    public String processInstanceId;
    public String kind;
    public String signal;
    public OffsetDateTime dueAt;
    public OffsetDateTime signalledAt;
    public OffsetDateTime cancelledAt;

    static CaseDeadline set(long leadId, String processInstanceId, Kind kind,
            OffsetDateTime dueAt) {
        CaseDeadline deadline = new CaseDeadline();
        deadline.leadId = leadId;
        deadline.processInstanceId = processInstanceId;
        deadline.kind = kind.name();
        deadline.signal = kind.signal;
        deadline.dueAt = dueAt;
        deadline.persist();
        return deadline;
    }

    /** The ids of the deadlines due by now and not yet signalled, the oldest first. */
    static List<Long> dueBy(OffsetDateTime now, int limit) {
        return find("signalledAt is null and cancelledAt is null and dueAt <= ?1 order by dueAt",
                now).page(0, limit).<CaseDeadline>list().stream().map(d -> d.id).toList();
    }

    /** The deadline if it still waits, locked against a second service instance. */
    static Optional<CaseDeadline> stillWaiting(long id) {
        return find("id = ?1 and signalledAt is null and cancelledAt is null", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    static void cancelWaiting(long leadId) {
        update("cancelledAt = ?1 where leadId = ?2 and signalledAt is null"
                + " and cancelledAt is null", OffsetDateTime.now(), leadId);
    }
}
