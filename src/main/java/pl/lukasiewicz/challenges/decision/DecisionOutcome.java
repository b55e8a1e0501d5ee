package pl.lukasiewicz.challenges.decision;

/** What a model version decided and the decision-log row that records it. */
public record DecisionOutcome(
        String modelName, int modelVersion, String modelHash,
        CompiledModel.Evaluation evaluation, long logEntryId) {
}
