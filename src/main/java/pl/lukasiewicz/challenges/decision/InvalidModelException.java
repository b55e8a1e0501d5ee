package pl.lukasiewicz.challenges.decision;

import java.util.List;

/** A model version that cannot be kept or built, with the validator's or engine's messages. */
public class InvalidModelException extends RuntimeException {

    private final List<ModelMessage> messages;

    public InvalidModelException(String modelName, List<ModelMessage> messages) {
        super("Decision model '" + modelName + "' is not valid: " + messages.stream()
                .map(ModelMessage::text).reduce((a, b) -> a + "; " + b).orElse("no details"));
        this.messages = List.copyOf(messages);
    }

    public List<ModelMessage> messages() {
        return messages;
    }
}
