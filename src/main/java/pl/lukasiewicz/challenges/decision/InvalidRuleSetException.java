package pl.lukasiewicz.challenges.decision;

import java.util.List;
import java.util.stream.Collectors;

/** A rule file the rule engine cannot compile, with its messages and their line numbers. */
public class InvalidRuleSetException extends RuntimeException {

    private final String ruleSet;
    private final List<RuleSetMessage> messages;

    public InvalidRuleSetException(String ruleSet, List<RuleSetMessage> messages) {
        super("Rule set '" + ruleSet + "' does not compile: " + messages.stream()
                .map(RuleSetMessage::toString).collect(Collectors.joining("; ")));
        this.ruleSet = ruleSet;
        this.messages = List.copyOf(messages);
    }

    public String ruleSet() {
        return ruleSet;
    }

    /** Every message the engine gave, errors and warnings, in its order. */
    public List<RuleSetMessage> messages() {
        return messages;
    }
}
