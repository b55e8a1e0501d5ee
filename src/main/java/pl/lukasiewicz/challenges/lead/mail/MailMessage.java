package pl.lukasiewicz.challenges.lead.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A message that became a lead or was added to one, kept byte for byte. */
@Entity
public class MailMessage extends PanacheEntityBase {

    /** Why the message belongs to its lead. */
    public enum Role {
        /** The message the lead was made from. */
        REQUEST,
        /** A later message of the same thread (In-Reply-To or References). */
        REPLY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String messageKey;
    public String messageId;
    public Long leadId;

    @Enumerated(EnumType.STRING)
    public Role role;

    public String sender;
    public String subject;
    public OffsetDateTime receivedAt;
    public String contentSha256;

    @Basic(fetch = FetchType.LAZY)
    public byte[] raw;

    public static Optional<MailMessage> withKey(String key) {
        return find("messageKey", key).firstResultOptional();
    }

    /** The first of the keys that belongs to a kept message, in the order given. */
    public static Optional<MailMessage> firstWithKeyIn(List<String> keys) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        List<MailMessage> found = list("messageKey in ?1", keys);
        return keys.stream().flatMap(key -> found.stream()
                .filter(message -> message.messageKey.equals(key))).findFirst();
    }

    public static List<MailMessage> ofLead(long leadId) {
        return list("leadId = ?1 order by id", leadId);
    }
}
