package pl.lukasiewicz.challenges.lead.mail;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sender of the first "original message" block that mail programs put into the text
 * of a forward or reply: a marker line ("-----Original Message-----", "---------- Wiadomość
 * przekazana ---------", Outlook's line of underscores, ...) followed within a few lines by a
 * "From:" line in one of the languages Polish offices use.
 */
public final class InlineForward {

    private static final Pattern MARKER = Pattern.compile("(?im)^[ \\t>]*(?:-{2,}[ \\t]*(?:"
            + "original message|forwarded message|wiadomość oryginalna|oryginalna wiadomość"
            + "|wiadomość przekazana|przekazana wiadomość|message d'origine|message transféré"
            + "|ursprüngliche nachricht|weitergeleitete nachricht|begin forwarded message"
            + ")[ \\t]*-{2,}|_{10,})[ \\t]*$");
    private static final Pattern FROM_LINE = Pattern.compile(
            "(?im)^[ \\t>*]*(?:from|od|de|von|nadawca)[ \\t\\u00A0]*:[ \\t*]*(.+)$");
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    /** How far below the marker the From line may be. */
    private static final int LINES_AFTER_MARKER = 6;

    private InlineForward() {
    }

    public static Optional<MailAddress> originalSender(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            String below = linesAfter(text, marker.end());
            Matcher from = FROM_LINE.matcher(below);
            if (from.find()) {
                Optional<MailAddress> sender = mailbox(from.group(1).strip());
                if (sender.isPresent()) {
                    return sender;
                }
            }
        }
        return Optional.empty();
    }

    private static String linesAfter(String text, int start) {
        int end = start;
        for (int line = 0; line <= LINES_AFTER_MARKER && end >= 0 && end < text.length();
                line++) {
            end = text.indexOf('\n', end + 1);
        }
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** "Name <a@b.pl>", "Name [mailto:a@b.pl]", "a@b.pl" or "\"Name\" a@b.pl". */
    static Optional<MailAddress> mailbox(String written) {
        Matcher address = ADDRESS.matcher(written);
        if (!address.find()) {
            return Optional.empty();
        }
        String name = written.substring(0, address.start())
                .replaceAll("(?i)mailto:", "").replaceAll("[<\\[(\"']+\\s*$", "")
                .replaceAll("^[\"'\\s]+|[\"'\\s]+$", "").strip();
        return Optional.of(new MailAddress(name.isEmpty() ? null : name, address.group()));
    }
}
