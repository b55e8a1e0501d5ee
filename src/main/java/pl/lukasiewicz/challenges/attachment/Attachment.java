package pl.lukasiewicz.challenges.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A file that came with a request (załącznik), kept whole with what was checked about it.
 * It belongs to a lead; the owner is an id, not a relation, so that other owners (a
 * challenge) can be added without this class knowing them.
 */
@Entity
public class Attachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long leadId;
    public String fileName;
    public String declaredContentType;
    /** What the first bytes say the file is; null when they do not tell. */
    public String detectedContentType;
    /** How the declared type compares with the bytes: a {@link ContentSniffer.Check}. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public ContentSniffer.Check contentTypeCheck;
    public long sizeBytes;
    public String sha256;

    /** The bytes; null when they were not kept, and then {@link #notStoredReason} says why. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    public String notStoredReason;
    public OffsetDateTime receivedAt;

    public static List<Attachment> ofLead(long leadId) {
        return find("leadId = ?1 order by id", leadId).list();
    }
}
