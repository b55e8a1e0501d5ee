package pl.lukasiewicz.challenges.decision;

/** A rollback was asked for a model that has had only one active version. */
public class NoEarlierVersionException extends RuntimeException {

    public NoEarlierVersionException(String modelName) {
        super("Decision model '" + modelName + "' has no earlier active version to return to");
    }
}
