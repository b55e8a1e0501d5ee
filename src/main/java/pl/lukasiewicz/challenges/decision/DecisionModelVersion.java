package pl.lukasiewicz.challenges.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One version of a decision model, with its exact content and whether it decides now. */
@Entity
public class DecisionModelVersion extends PanacheEntityBase {

    /** Where a version came from: the files packaged with the service, or an upload. */
    public static final String PACKAGED = "packaged";
    public static final String UPLOADED = "uploaded";

    /** What a version holds: a DMN decision model or a DRL rule set. */
    public enum Kind { DMN, DRL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String modelName;
    public int version;
    public String contentHash;
    public String content;
    public String origin;
    public OffsetDateTime createdAt;
    public String createdBy;
    public boolean active;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public static Optional<DecisionModelVersion> activeOf(String modelName) {
        return find("modelName = ?1 and active = true", modelName).firstResultOptional();
    }

    public static Optional<DecisionModelVersion> withContent(String modelName, String hash) {
        return find("modelName = ?1 and contentHash = ?2", modelName, hash).firstResultOptional();
    }

    public static Optional<DecisionModelVersion> numbered(String modelName, int version) {
        return find("modelName = ?1 and version = ?2", modelName, version).firstResultOptional();
    }

    public static List<DecisionModelVersion> allOf(String modelName) {
        return list("modelName = ?1 order by version", modelName);
    }

    public static int nextVersionOf(String modelName) {
        Integer highest = find("select max(version) from DecisionModelVersion where modelName = ?1",
                modelName).project(Integer.class).firstResult();
        return highest == null ? 1 : highest + 1;
    }
}
