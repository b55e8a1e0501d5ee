package pl.lukasiewicz.challenges.lead.classification;

/**
 * The way a lead goes, as the lead classification table decided it.
 *
 * @param leadClass "P+U", "B+R", "STANDARD_SALE" or "REJECT"
 * @param reason why, in a sentence for the analyst and the salesperson
 * @param priority "HIGH", "NORMAL" or "LOW": how soon sales should act
 */
public record LeadClassification(String leadClass, String reason, String priority) {

    /** Reads the table's answer, a structure with these three names. */
    public static LeadClassification of(java.util.Map<String, Object> answer) {
        return new LeadClassification((String) answer.get("leadClass"),
                (String) answer.get("reason"), (String) answer.get("priority"));
    }
}
