package pl.lukasiewicz.challenges.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One version of an offer's price and scope, as it was sent or agreed in negotiation. */
@Entity
@Immutable
public class OfferRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long offerId;
    public int revision;
    public BigDecimal netValuePln;
    public BigDecimal discountPercent;
    public String scopeNote;
    public String revisedBy;
    public OffsetDateTime revisedAt;

    public static List<OfferRevision> of(long offerId) {
        return list("offerId = ?1 order by revision", offerId);
    }
}
