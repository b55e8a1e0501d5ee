package pl.lukasiewicz.challenges.lead.mail;

/** A body that cannot be read as a message; {@code code} says why, for programs. */
public class UnreadableMailException extends RuntimeException {

    private final String code;

    public UnreadableMailException(String code, String reason) {
        super(reason);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
