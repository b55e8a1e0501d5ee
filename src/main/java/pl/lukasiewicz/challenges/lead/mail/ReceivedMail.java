package pl.lukasiewicz.challenges.lead.mail;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A message as the intake reads it: headers decoded, the text a person would read, the files
 * that came with it, and the message it forwards, if any.
 *
 * @param messageId the Message-ID without angle brackets; null when the message has none
 * @param referencedIds the Message-IDs of In-Reply-To and References, nearest first
 * @param sender the first mailbox of From, else of Sender; null when neither names one
 * @param subject the decoded subject; null when there is none
 * @param text the readable text: plain text preferred, HTML turned into text otherwise
 * @param files every part that is not the readable text, the forwarded message's included
 * @param attachedMessage a message/rfc822 part (a forward "as attachment"), opened
 * @param inlineOriginalSender the sender named in an inline "original message" block
 * @param headers every header field by lower-case name, values decoded, in order
 */
public record ReceivedMail(
        String messageId,
        List<String> referencedIds,
        MailAddress sender,
        String subject,
        String text,
        List<MailFile> files,
        Optional<ReceivedMail> attachedMessage,
        Optional<MailAddress> inlineOriginalSender,
        Map<String, List<String>> headers) {

    /** Who wrote the forwarded message: the attached message's sender, else the inline one. */
    public Optional<MailAddress> originalSender() {
        return attachedMessage.map(ReceivedMail::sender)
                .or(() -> inlineOriginalSender);
    }

    /** The values of one header field, by name in any case. */
    public List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
    }

    /** Every file, of this message and of the messages it forwards. */
    public List<MailFile> allFiles() {
        List<MailFile> all = new java.util.ArrayList<>(files);
        attachedMessage.ifPresent(forwarded -> all.addAll(forwarded.allFiles()));
        return all;
    }
}
