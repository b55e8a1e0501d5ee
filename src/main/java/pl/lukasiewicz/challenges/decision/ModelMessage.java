package pl.lukasiewicz.challenges.decision;

/** One message of the validator or the engine about a model: how bad, which kind, what. */
public record ModelMessage(String severity, String type, String text) {
}
