package pl.lukasiewicz.challenges.decision;

import java.util.Map;

/** What a model decided, by decision name, and the decision-log row that records it. */
public record DecisionOutcome(
        String modelName, int modelVersion, String modelHash,
        Map<String, Object> results, long logEntryId) {

    /** The result of one decision, a structure of named values. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> structure(String decisionName) {
        Object result = results.get(decisionName);
        if (!(result instanceof Map<?, ?> map)) {
            throw new IllegalStateException("Decision '" + decisionName + "' of " + modelName
                    + " v" + modelVersion + " gave no structured result but " + result);
        }
        return (Map<String, Object>) map;
    }
}
