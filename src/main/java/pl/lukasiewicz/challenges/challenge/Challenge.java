package pl.lukasiewicz.challenges.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A P+U opportunity put to the network as a challenge: what the client needs, who hosts it,
 * which institutes are invited and by when they answer.
 */
@Entity
public class Challenge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long leadId;
    public String title;
    public String description;
    public String technicalDomain;
    public Boolean readyServiceExists;
    public String host;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> institutesInvited = List.of();

    public String deadlineKind;
    public OffsetDateTime answersDue;
    public OffsetDateTime hostRemindedFrom;
    public OffsetDateTime publishedAt;
    public OffsetDateTime answersClosedAt;
    public String answersClosedBecause;

    @Version
    public long version;

    public static Optional<Challenge> ofLead(long leadId) {
        return find("leadId", leadId).firstResultOptional();
    }
}
