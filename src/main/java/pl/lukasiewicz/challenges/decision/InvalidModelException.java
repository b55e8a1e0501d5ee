package pl.lukasiewicz.challenges.decision;

import java.util.List;

/** A decision model that the DMN engine cannot build, with the engine's messages. */
public class InvalidModelException extends RuntimeException {

    private final List<String> messages;

    public InvalidModelException(String modelName, List<String> messages) {
        super("Decision model '" + modelName + "' is not valid: " + String.join("; ", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
