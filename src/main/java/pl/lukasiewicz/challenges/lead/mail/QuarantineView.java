package pl.lukasiewicz.challenges.lead.mail;

import java.time.OffsetDateTime;

/** A quarantined message as the API shows it, without its bytes. */
public record QuarantineView(
        long id, String reasonCode, String reason, String messageId, String sender,
        String subject, OffsetDateTime receivedAt) {

    static QuarantineView of(QuarantinedMail mail) {
        return new QuarantineView(mail.id, mail.reasonCode, mail.reason, mail.messageId,
                mail.sender, mail.subject, mail.receivedAt);
    }
}
