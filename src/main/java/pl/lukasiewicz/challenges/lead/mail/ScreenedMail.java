package pl.lukasiewicz.challenges.lead.mail;

import java.util.List;

/**
 * Fact for {@code rules/mail-screening.drl}: what the rules need to know about a message,
 * read by Java from its headers and text. Absent values are null.
 *
 * @param senderDomain the domain of the sender's address, lower case
 * @param senderDomains that domain and each domain above it
 * @param senderLocalPart the part of the sender's address before the @, lower case
 * @param subject the decoded subject
 * @param autoSubmitted the Auto-Submitted header (RFC 3834), lower case
 * @param precedence the Precedence header, lower case
 * @param autoReplyHeader whether an X-Autoreply, X-Autorespond or X-Autoresponder header is
 *     present
 * @param contentType the message's own media type, lower case
 * @param reportType the report-type parameter of a multipart/report message
 * @param spamFlag whether a spam filter on the way marked it (X-Spam-Flag: YES)
 * @param containsGtube whether the text holds the GTUBE anti-spam test string
 * @param conflictingHeaders header fields that must occur once but occur more than once with
 *     different values (Content-Type, Content-Transfer-Encoding, From, Subject ...)
 * @param originalSenderDomains the domains of the forwarded message's sender, and above
 * @param hasText whether the message has readable text
 * @param fileCount how many files came with it
 */
public record ScreenedMail(
        String senderDomain,
        List<String> senderDomains,
        String senderLocalPart,
        String subject,
        String autoSubmitted,
        String precedence,
        boolean autoReplyHeader,
        String contentType,
        String reportType,
        boolean spamFlag,
        boolean containsGtube,
        List<String> conflictingHeaders,
        List<String> originalSenderDomains,
        boolean hasText,
        int fileCount) {
}
