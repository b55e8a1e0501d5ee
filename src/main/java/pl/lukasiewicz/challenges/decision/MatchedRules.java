package pl.lukasiewicz.challenges.decision;

import java.util.List;

/**
 * The rows of one decision table that matched an evaluation, and those its hit policy
 * selected: row numbers as the table shows them (from 1) and the rows' ids in the model file.
 */
public record MatchedRules(
        String decision, String table,
        List<Integer> matchedRows, List<Integer> selectedRows,
        List<String> matchedRuleIds, List<String> selectedRuleIds) {
}
