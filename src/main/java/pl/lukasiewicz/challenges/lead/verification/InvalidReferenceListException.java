package pl.lukasiewicz.challenges.lead.verification;

/**
 * A list beside the verification rules cannot be used: a line breaks its format. The message
 * names the list, the line and what to change, for the analyst who edited it.
 */
public final class InvalidReferenceListException extends RuntimeException {

    private final String source;
    private final int line;

    public InvalidReferenceListException(String source, int line, String reason) {
        super(source + " line " + line + ": " + reason);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** The 1-based line number in the file. */
    public int line() {
        return line;
    }
}
