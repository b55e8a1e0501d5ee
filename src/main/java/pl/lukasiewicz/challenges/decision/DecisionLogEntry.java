package pl.lukasiewicz.challenges.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * One evaluation of a decision model, as an auditor reads it: which model and version
 * decided, on what inputs, with which table rows, for which case and caller, when and how
 * long it took. Rows are only ever added: the entity is immutable, and the database refuses
 * to change or delete a row and links each to the one before it (docs/audit-chain.md).
 *
 * <p>Immutable to Hibernate as well, row and JSON values: it then takes no copy of each JSON
 * column when the row is added (a copy costs a serialisation and a parse per column) and
 * never checks the row for changes at commit, since none is ever made.
 */
@Entity
@Immutable
@Table(name = "decision_log")
public class DecisionLogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String modelName;
    public int modelVersion;
    public String modelHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Map<String, Object> inputs;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Map<String, Object> outputs;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<MatchedRules> matchedRules;

    /** What the inputs were computed from, e.g. the terms found in the request's text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Map<String, Object> evidence;

    public Long leadId;
    public String caller;
    public OffsetDateTime evaluatedAt;
    public long durationMicros;

    /**
     * The row's place in the audit chain and its hash, read from the chain's links; null for
     * a row not linked yet (the database links rows shortly after they are committed).
     */
    @Formula("(select l.chain_position from audit_chain_link l"
            + " where l.chain_name = 'decision_log' and l.row_id = id)")
    public Long chainPosition;

    @Formula("(select l.row_hash from audit_chain_link l"
            + " where l.chain_name = 'decision_log' and l.row_id = id)")
    public String rowHash;

    public static List<DecisionLogEntry> ofLead(long leadId) {
        return list("leadId = ?1 order by id", leadId);
    }
}
