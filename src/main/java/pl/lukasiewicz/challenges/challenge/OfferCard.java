package pl.lukasiewicz.challenges.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An institute's answer to a challenge: who would do what, how long, for roughly how much. */
@Entity
public class OfferCard extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long challengeId;
    public String institute;
    public String author;
    public String scope;
    /** Exact, in zloty, net of VAT. */
    public BigDecimal roughPricePln;
    public int durationDays;
    public OffsetDateTime submittedAt;

    public static List<OfferCard> of(long challengeId) {
        return list("challengeId = ?1 order by id", challengeId);
    }
}
