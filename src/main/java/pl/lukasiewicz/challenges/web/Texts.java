package pl.lukasiewicz.challenges.web;

import java.util.Optional;

/** What counts as blank text, and which characters a stored text may not hold. */
public final class Texts {

    private Texts() {
    }

    /**
     * Blank: nothing but spaces of any kind and invisible format characters (no-break space,
     * zero-width space), so a field that only looks filled in still counts as empty.
     */
    public static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT);
    }

    /**
     * The first character a stored text may not hold, described for a person: control
     * characters other than tab and line breaks (PostgreSQL refuses NUL), and halves of a
     * UTF-16 pair without their other half.
     */
    public static Optional<String> unacceptableCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format("the control character U+%04X", (int) c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format("an unpaired surrogate U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }
}
