package pl.lukasiewicz.challenges.decision;

import java.util.Map;

/**
 * What to decide and for whom: the model, its inputs, the case it belongs to (null for a
 * stateless call), who asked, and the evidence the inputs were computed from.
 */
public record DecisionRequest(
        String modelName, Map<String, Object> inputs, Long leadId, String caller,
        Map<String, Object> evidence) {
}
