package pl.lukasiewicz.challenges.decision;

import java.util.List;

/** The model could not decide on these inputs; the engine's messages say why. */
public class DecisionFailedException extends RuntimeException {

    public DecisionFailedException(String model, int version, List<String> messages) {
        super("Decision model " + model + " v" + version + " could not decide: "
                + String.join("; ", messages));
    }
}
