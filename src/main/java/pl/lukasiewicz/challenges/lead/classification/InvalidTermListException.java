package pl.lukasiewicz.challenges.lead.classification;

/**
 * The term list cannot be used: a line breaks its format. The message names the list, the
 * line and what to change, for the analyst who edited it.
 */
public final class InvalidTermListException extends RuntimeException {

    private final String source;
    private final int line;
    private final String reason;

    public InvalidTermListException(String source, int line, String reason) {
        super(source + " line " + line + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    /** The 1-based line number in the file. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
