package pl.lukasiewicz.challenges.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The offer to the client built from the offer cards. Each change during negotiation is a new
 * revision, kept in {@link OfferRevision}; the status comes from the offer-decisions table.
 */
@Entity
public class Offer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long challengeId;
    public String status;
    public String offerKind;
    public BigDecimal netValuePln;
    public BigDecimal discountPercent;
    public String approval;
    public LocalDate offerDate;
    public LocalDate validUntil;
    public int revision;
    public String clientAnswer;
    public OffsetDateTime answeredAt;

    @Version
    public long version;

    public static Optional<Offer> ofChallenge(long challengeId) {
        return find("challengeId", challengeId).firstResultOptional();
    }
}
