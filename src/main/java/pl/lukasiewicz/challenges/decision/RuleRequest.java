package pl.lukasiewicz.challenges.decision;

import java.util.List;
import java.util.Map;

/**
 * What to decide with a rule set: the facts the rules see, what of them the decision log
 * keeps (only what the rules used, without personal data they did not need), the case, the
 * caller and the evidence behind the facts.
 */
public record RuleRequest(
        String ruleSetName, List<Object> facts, Map<String, Object> loggedInputs, Long leadId,
        String caller) {
}
