package pl.lukasiewicz.challenges.lead.classification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import pl.lukasiewicz.challenges.decision.DecisionOutcome;
import pl.lukasiewicz.challenges.decision.DecisionRequest;
import pl.lukasiewicz.challenges.decision.Decisions;

/**
 * Gathers the features of a request's text and asks the lead-classification table for the
 * lead's class. The table decides; this class only prepares its inputs and reads its answer.
 */
@ApplicationScoped
public class LeadClassifier {

    public static final String MODEL = "lead-classification";
    public static final String DECISION = "Lead classification";

    private final LeadFeatureExtractor features = new LeadFeatureExtractor();

    @Inject
    Decisions decisions;

    /** The table's answer with the model version that gave it and its decision-log row. */
    public record Classified(LeadClassification suggested, int modelVersion, long decisionLogId) {
    }

    /** Classifies a lead's text; {@code leadId} is null for a classification without a case. */
    public Classified classify(LeadText text, Long leadId, String caller) {
        LeadFeatures found = features.extract(text);

        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("termsFound", found.evidence());
        evidence.put("termListSha256", found.termListSha256());
        DecisionOutcome outcome = decisions.decide(new DecisionRequest(
                MODEL, found.decisionInputs(), leadId, caller, evidence));

        LeadClassification suggested =
                LeadClassification.of(outcome.evaluation().structure(DECISION));
        return new Classified(suggested, outcome.modelVersion(), outcome.logEntryId());
    }
}
