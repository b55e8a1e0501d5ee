package pl.lukasiewicz.challenges.decision;

/** A compiled rule set could not finish deciding on the facts it was given. */
public class RuleSetFailedException extends RuntimeException {

    public RuleSetFailedException(String ruleSet, String why, Throwable cause) {
        super("Rule set '" + ruleSet + "' could not decide: " + why, cause);
    }
}
