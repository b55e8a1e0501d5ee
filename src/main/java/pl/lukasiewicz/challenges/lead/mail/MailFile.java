package pl.lukasiewicz.challenges.lead.mail;

/**
 * A file that came with a message: its safe name, the content type the message declared and
 * the decoded bytes.
 */
public record MailFile(String fileName, String declaredType, byte[] content) {
}
