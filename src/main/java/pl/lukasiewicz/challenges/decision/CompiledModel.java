package pl.lukasiewicz.challenges.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.ast.InputDataNode;

/** A decision model version built and ready to evaluate; safe for concurrent use. */
public record CompiledModel(
        String name, int version, String contentHash, DMNRuntime runtime, DMNModel model) {

    /** What one evaluation decided, by decision name, and the table rows that matched. */
    public record Evaluation(Map<String, Object> results, List<MatchedRules> matches) {

        /** The result of one decision, a structure of named values. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> structure(String decisionName) {
            Object result = results.get(decisionName);
            if (!(result instanceof Map<?, ?> map)) {
                throw new IllegalStateException("Decision '" + decisionName
                        + "' gave no structured result but " + result);
            }
            return (Map<String, Object>) map;
        }
    }

    /**
     * Evaluates every decision of the model. An input the caller does not give is given to
     * the model as having no value (null), so the tables' rules for missing data apply
     * instead of the engine refusing to decide.
     *
     * @throws DecisionFailedException when the engine reports an error
     */
    public Evaluation evaluate(Map<String, ?> inputs) {
        DMNContext context = runtime.newContext();
        for (InputDataNode input : model.getInputs()) {
            context.set(input.getName(), null);
        }
        inputs.forEach(context::set);

        RuleMatchRecorder.INSTANCE.begin();
        DMNResult result;
        List<MatchedRules> matches;
        try {
            result = runtime.evaluateAll(model, context);
        } finally {
            matches = RuleMatchRecorder.INSTANCE.end();
        }
        if (result.hasErrors()) {
            throw new DecisionFailedException(name, version,
                    result.getMessages(DMNMessage.Severity.ERROR).stream()
                            .map(DMNMessage::getText).collect(Collectors.toList()));
        }
        Map<String, Object> results = new LinkedHashMap<>();
        for (DMNDecisionResult decision : result.getDecisionResults()) {
            results.put(decision.getDecisionName(), JsonValues.of(decision.getResult()));
        }
        return new Evaluation(results, matches);
    }
}
