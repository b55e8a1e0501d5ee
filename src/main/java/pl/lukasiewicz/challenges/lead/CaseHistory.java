package pl.lukasiewicz.challenges.lead;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One step a case took: who did what and when, from which state to which, and the case's
 * version after it. Rows are only ever added.
 */
@Entity
@Immutable
public class CaseHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long leadId;
    public OffsetDateTime occurredAt;
    public String actor;
    public String action;

    @Enumerated(EnumType.STRING)
    public CaseState fromState;

    @Enumerated(EnumType.STRING)
    public CaseState toState;

    public long caseVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;

    /**
     * Moves the case to a state and writes the history row for it, in the caller's
     * transaction. The same state again is allowed: the row then records an action only.
     */
    public static CaseHistory record(Lead lead, CaseState to, String actor, String action,
            Map<String, Object> details) {
        CaseHistory row = new CaseHistory();
        row.leadId = lead.id;
        row.occurredAt = OffsetDateTime.now();
        row.actor = actor;
        row.action = action;
        row.fromState = lead.caseState;
        row.toState = to;
        lead.caseState = to;
        Lead.getEntityManager().flush();
        row.caseVersion = lead.version;
        row.details = details;
        row.persist();
        return row;
    }

    public static List<CaseHistory> of(long leadId) {
        return list("leadId = ?1 order by id", leadId);
    }
}
