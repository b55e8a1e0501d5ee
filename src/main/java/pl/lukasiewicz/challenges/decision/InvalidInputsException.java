package pl.lukasiewicz.challenges.decision;

import java.util.List;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.InvalidRequestException;

/**
 * The inputs sent for a decision do not fit the model: an input it does not declare, or a
 * value that cannot be read as the type its input data declares. Each {@link FieldError}
 * names the input (and the path inside it), a stable code and what was expected.
 */
public class InvalidInputsException extends InvalidRequestException {

    private final String modelName;

    public InvalidInputsException(String modelName, List<FieldError> errors) {
        super(errors);
        this.modelName = modelName;
    }

    public String modelName() {
        return modelName;
    }
}
