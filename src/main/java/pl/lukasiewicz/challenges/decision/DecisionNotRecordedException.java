package pl.lukasiewicz.challenges.decision;

/**
 * A decision was made but its log row could not be committed, so its outcome is not given:
 * no outcome is ever used without its record.
 */
public class DecisionNotRecordedException extends RuntimeException {

    public DecisionNotRecordedException(String reason) {
        super("The decision was not recorded, so it is not given: " + reason);
    }
}
