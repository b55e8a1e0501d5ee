package pl.lukasiewicz.challenges.decision;

import java.util.List;
import java.util.Map;

/**
 * How a rule set's logged cases are decided again for a what-if: the module that gathers a
 * rule set's facts also knows how to read them back from the inputs a log row keeps. A rule
 * set without one can be uploaded and activated, but not tried on logged cases.
 */
public interface RuleSetReplay {

    /** The rule set whose log rows this reads, e.g. {@code lead-verification}. */
    String ruleSetName();

    /** The type of the objects the rules insert as their outcome. */
    Class<?> outcomeType();

    /**
     * The facts the rules saw, read back from a log row's inputs; what the log did not keep
     * (e.g. personal data kept only as "given") comes back as the log has it.
     *
     * @throws IllegalArgumentException when the row's inputs cannot be read as those facts
     */
    List<Object> facts(Map<String, Object> loggedInputs);
}
