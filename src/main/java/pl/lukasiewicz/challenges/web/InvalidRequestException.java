package pl.lukasiewicz.challenges.web;

import java.util.List;

/** A refusal of what the caller sent, answered as 400 with every reason found. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.size() + " problem(s) in the request, first: " + errors.get(0).reason());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
