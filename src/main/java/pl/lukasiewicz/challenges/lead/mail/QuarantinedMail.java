package pl.lukasiewicz.challenges.lead.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A message that did not become a lead (kwarantanna): not a request (an auto-reply, a bounce,
 * spam) or not readable at all, kept byte for byte with the reason and its stable code.
 */
@Entity
@Table(name = "mail_quarantine")
public class QuarantinedMail extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String messageKey;
    public String messageId;
    public String reasonCode;
    public String reason;
    public String sender;
    public String subject;
    public OffsetDateTime receivedAt;
    public String contentSha256;
    @Basic(fetch = FetchType.LAZY)
    public byte[] raw;

    public static Optional<QuarantinedMail> withKey(String key) {
        return find("messageKey", key).firstResultOptional();
    }
}
