package pl.lukasiewicz.challenges.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * A rule file compiled and ready to decide. Safe for concurrent use: the compiled rules are
 * shared, and every {@link #fire} works in a session of its own that it disposes of.
 *
 * @param name the rule set's name
 * @param contentHash SHA-256 of the rule file's text, in lower-case hex
 * @param rules the compiled rules
 * @param warnings what the compiler said without refusing the file
 */
public record CompiledRuleSet(
        String name, String contentHash, KieBase rules, List<RuleSetMessage> warnings) {

    /** A rule set that fires this often on one set of facts is taken to be looping. */
    public static final int MAX_FIRINGS = 10_000;

    /**
     * What one run decided.
     *
     * @param outcomes the objects of the asked type that rules inserted and did not take back,
     *     in the order they were inserted
     * @param firedRules the names of the rules that fired, in firing order; a rule appears once
     *     for every time it fired
     */
    public record Firing<T>(List<T> outcomes, List<String> firedRules) {
    }

    /** The names of all the rules in the set, sorted. */
    public List<String> ruleNames() {
        return rules.getKiePackages().stream()
                .flatMap(rulePackage -> rulePackage.getRules().stream())
                .map(Rule::getName)
                .sorted()
                .toList();
    }

    /**
     * Inserts the facts into a new session, fires every rule that matches, and gathers what
     * the rules inserted.
     *
     * @param facts the facts to decide on; none may be null
     * @param outcomeType the type of the objects the rules insert as their outcome
     * @throws RuleSetFailedException when a rule's consequence fails or the rules never come
     *     to rest
     */
    public <T> Firing<T> fire(Collection<?> facts, Class<T> outcomeType) {
        Recorder<T> recorder = new Recorder<>(outcomeType);
        KieSession session = rules.newKieSession();
        try {
            session.addEventListener(recorder.firings);
            session.addEventListener(recorder.insertions);
            for (Object fact : facts) {
                session.insert(Objects.requireNonNull(fact, "A fact must not be null"));
            }

            int fired = session.fireAllRules(MAX_FIRINGS);

            if (fired >= MAX_FIRINGS) {
                throw new RuleSetFailedException(name, "rules fired " + MAX_FIRINGS
                        + " times without coming to rest; a rule probably makes itself match"
                        + " again", null);
            }
            return new Firing<>(List.copyOf(recorder.outcomes), List.copyOf(recorder.fired));
        } catch (RuleSetFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleSetFailedException(name, String.valueOf(e.getMessage()), e);
        } finally {
            session.dispose();
        }
    }

    /** Hears, in one session, which rules fired and what they inserted. */
    private static final class Recorder<T> {

        private final Class<T> outcomeType;
        private final List<String> fired = new ArrayList<>();
        private final List<T> outcomes = new ArrayList<>();

        private final DefaultAgendaEventListener firings = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        };

        private final DefaultRuleRuntimeEventListener insertions =
                new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent event) {
                        if (event.getRule() != null && outcomeType.isInstance(event.getObject())) {
                            outcomes.add(outcomeType.cast(event.getObject()));
                        }
                    }

                    @Override
                    public void objectDeleted(ObjectDeletedEvent event) {
                        outcomes.removeIf(outcome -> outcome == event.getOldObject());
                    }
                };

        Recorder(Class<T> outcomeType) {
            this.outcomeType = outcomeType;
        }
    }
}
