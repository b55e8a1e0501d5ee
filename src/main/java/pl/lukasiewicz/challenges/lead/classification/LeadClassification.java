package pl.lukasiewicz.challenges.lead.classification;

/**
 * The class the decision table suggests for a lead (P+U, B+R, STANDARD_SALE or REJECT), its
 * reason and priority, the model version that decided and the decision-log row.
 */
public record LeadClassification(
        String leadClass, String reason, String priority, int modelVersion, long decisionLogId) {
}
