package pl.lukasiewicz.challenges.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;

/**
 * Hears which rows of each decision table matched during one evaluation. A model's runtime is
 * shared by all threads, so the rows are collected per thread between {@link #begin()} and
 * {@link #end()}.
 */
final class RuleMatchRecorder implements DMNRuntimeEventListener {

    static final RuleMatchRecorder INSTANCE = new RuleMatchRecorder();

    private static final ThreadLocal<List<MatchedRules>> CURRENT = new ThreadLocal<>();

    private RuleMatchRecorder() {
    }

    void begin() {
        CURRENT.set(new ArrayList<>());
    }

    List<MatchedRules> end() {
        List<MatchedRules> matches = CURRENT.get();
        CURRENT.remove();
        return matches == null ? List.of() : matches;
    }

    @Override
    public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
        List<MatchedRules> matches = CURRENT.get();
        if (matches == null) {
            return;
        }
        matches.add(new MatchedRules(event.getNodeName(), event.getDecisionTableName(),
                copy(event.getMatches()), copy(event.getSelected()),
                copy(event.getMatchesIds()), copy(event.getSelectedIds())));
    }

    /** A copy that, unlike List.copyOf, keeps the nulls of rules written without an id. */
    private static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
