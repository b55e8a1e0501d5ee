package pl.lukasiewicz.challenges.lead.mail;

import java.time.OffsetDateTime;

/** A message kept with a lead, without its bytes. */
public record MailMessageView(
        long id, MailMessage.Role role, String messageId, String sender, String subject,
        OffsetDateTime receivedAt) {

    static MailMessageView of(MailMessage message) {
        return new MailMessageView(message.id, message.role, message.messageId, message.sender,
                message.subject, message.receivedAt);
    }
}
