package pl.lukasiewicz.challenges.web;

/**
 * One reason a request was refused: the field it concerns (a JSON path such as
 * {@code attachments[1].fileName}, or {@code $} for the body as a whole), a stable code a
 * program can match, and a sentence a person can act on.
 */
public record FieldError(String field, String code, String reason) {
}
