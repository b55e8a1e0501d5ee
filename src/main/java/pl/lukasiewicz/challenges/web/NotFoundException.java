package pl.lukasiewicz.challenges.web;

/** Something the caller named does not exist; {@code code} says what kind of thing. */
public class NotFoundException extends RuntimeException {

    private final String code;

    public NotFoundException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
