package pl.lukasiewicz.challenges.lead.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of a body or header into text. The declared charset is trusted only when
 * the bytes are valid in it; an unknown, missing or wrong charset falls back to UTF-8 when the
 * bytes are valid UTF-8, and otherwise to the 8-bit charset in which the text reads best
 * (Windows-1250, ISO-8859-2 or Windows-1252, counted by the letters each gives).
 */
public final class MailText {

    static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<Charset> EIGHT_BIT = List.of(WINDOWS_1250, ISO_8859_2,
            WINDOWS_1252);
    private static final String POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
    private static final String WESTERN_LETTERS = "àâäçéèêëîïôöùûüÿßñ"
            + "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜÑæøåÆØÅ";

    private MailText() {
    }

    /** The text of {@code bytes}, read by {@code declared} when that charset fits them. */
    public static String decode(byte[] bytes, String declared) {
        Optional<Charset> charset = known(declared).map(c -> correctedFor(c, bytes));
        if (charset.isPresent()) {
            Optional<String> text = strictly(bytes, charset.get());
            if (text.isPresent()) {
                return cleaned(text.get());
            }
        }
        return cleaned(guessed(bytes));
    }

    /** Text of unknown charset: UTF-8 if valid, else the 8-bit charset that reads best. */
    static String guessed(byte[] bytes) {
        Optional<String> utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Charset candidate : EIGHT_BIT) {
            String text = new String(bytes, candidate);
            int score = score(text);
            if (score > bestScore) {
                best = text;
                bestScore = score;
            }
        }
        return best;
    }

    static Optional<Charset> known(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Mail labelled ISO-8859-2 or ISO-8859-1 that holds bytes 0x80 to 0x9F (control codes
     * there, letters such as ś and ź in Windows-1250) was written by a Windows program; read
     * it as the Windows charset it really is.
     */
    private static Charset correctedFor(Charset declared, byte[] bytes) {
        boolean windowsBytes = false;
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            if (unsigned >= 0x80 && unsigned <= 0x9F) {
                windowsBytes = true;
                break;
            }
        }
        if (!windowsBytes) {
            return declared;
        }
        if (declared.equals(ISO_8859_2)) {
            return WINDOWS_1250;
        }
        if (declared.equals(StandardCharsets.ISO_8859_1)) {
            return WINDOWS_1252;
        }
        return declared;
    }

    private static Optional<String> strictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Letters count for a charset, control codes and unmapped bytes against it. */
    private static int score(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (POLISH_LETTERS.indexOf(c) >= 0 || WESTERN_LETTERS.indexOf(c) >= 0) {
                score += 2;
            } else if (c == '\uFFFD' || c >= 0x80 && c <= 0x9F) {
                score -= 5;
            } else if (c > 0x7F && !Character.isLetter(c)) {
                score -= 1;
            }
        }
        return score;
    }

    /** Line ends as \n, no control characters but tab and line end (PostgreSQL takes no NUL). */
    static String cleaned(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                continue;
            }
            kept.append(c);
        }
        return kept.toString();
    }
}
