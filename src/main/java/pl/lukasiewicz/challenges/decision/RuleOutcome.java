package pl.lukasiewicz.challenges.decision;

import java.util.List;

/** What a rule set version decided: the outcomes its rules inserted and the rules fired. */
public record RuleOutcome<T>(
        String ruleSetName, int version, String contentHash, List<T> outcomes,
        List<String> firedRules, long logEntryId) {
}
