package pl.lukasiewicz.challenges.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One change of the version that decides, with the version it replaced. */
@Entity
public class DecisionModelActivation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String modelName;
    public int version;
    public Integer previousVersion;
    public OffsetDateTime activatedAt;
    public String activatedBy;

    public static Optional<DecisionModelActivation> latestOf(String modelName) {
        return find("modelName = ?1 order by id desc", modelName).firstResultOptional();
    }

    static void record(String modelName, int version, Integer previousVersion, String by) {
        DecisionModelActivation activation = new DecisionModelActivation();
        activation.modelName = modelName;
        activation.version = version;
        activation.previousVersion = previousVersion;
        activation.activatedAt = OffsetDateTime.now();
        activation.activatedBy = by;
        activation.persist();
    }
}
