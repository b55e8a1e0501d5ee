package pl.lukasiewicz.challenges.lead.classification;

import java.util.Map;
import pl.lukasiewicz.challenges.decision.CompiledModel;
import pl.lukasiewicz.challenges.decision.DecisionModels;
import pl.lukasiewicz.challenges.decision.DmnCompiler;

/**
 * The packaged lead-classification table, built and evaluated exactly as the service does,
 * without the service around it: for tests that read the table row by row.
 */
final class LeadClassificationTable {

    static final String RESOURCE = "dmn/lead-classification.dmn";

    private final CompiledModel model;

    private LeadClassificationTable(CompiledModel model) {
        this.model = model;
    }

    static LeadClassificationTable packaged() {
        String content = DecisionModels.packagedContent(LeadClassifier.MODEL);
        return new LeadClassificationTable(DmnCompiler.compile(LeadClassifier.MODEL, 1,
                DecisionModels.sha256(content), content));
    }

    CompiledModel model() {
        return model;
    }

    String modelName() {
        return model.model().getName();
    }

    LeadClassification decide(Map<String, Object> inputs) {
        return LeadClassification.of(
                model.evaluate(inputs).structure(LeadClassifier.DECISION));
    }
}
