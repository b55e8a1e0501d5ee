package pl.lukasiewicz.challenges.decision;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pl.lukasiewicz.challenges.decision.DecisionModelVersion.Kind;

/**
 * Tries a candidate version on cases the log already holds, beside the active version, before
 * anyone activates it. It only reads: nothing is decided, logged or changed.
 *
 * <p>A DMN model is given each case's logged inputs. A DRL rule set is given the facts its
 * {@link RuleSetReplay} reads back from the logged inputs; its outcome is the list of objects
 * the rules inserted (for lead verification, the findings), compared regardless of the order
 * the rules inserted them in. Which rules fired is shown beside the outcome, not compared.
 */
@ApplicationScoped
public class WhatIf {

    public static final int MAX_CASES = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The keys of a rule set's side of a changed case. */
    static final String OUTCOMES = "outcomes";
    static final String FIRED_RULES = "firedRules";

    @Inject
    DecisionModels models;

    @Inject
    Instance<RuleSetReplay> replays;

    /** Which logged cases to replay: the last {@code last}, or those in a time range. */
    public record Selection(Integer last, OffsetDateTime from, OffsetDateTime to) {
    }

    /** One case whose outcome the candidate would change. */
    public record ChangedCase(long decisionLogId, Long leadId, OffsetDateTime evaluatedAt,
            Map<String, Object> inputs, Map<String, Object> active,
            Map<String, Object> candidate) {
    }

    /** A case the candidate could not decide, with the engine's reason. */
    public record FailedCase(long decisionLogId, String reason) {
    }

    /** The comparison: how many cases were replayed, how many would change, and which. */
    public record Report(String model, int activeVersion, int candidateVersion, int evaluated,
            int changed, List<ChangedCase> changedCases, List<FailedCase> failedCases) {
    }

    public Report compare(String name, int candidateVersion, Selection selection) {
        if (models.kind(name, candidateVersion) == Kind.DRL) {
            return compareRuleSets(name, candidateVersion, selection);
        }
        CompiledModel candidate = models.version(name, candidateVersion);
        CompiledModel active = models.active(name);

        List<ChangedCase> changed = new ArrayList<>();
        List<FailedCase> failed = new ArrayList<>();
        List<DecisionLogEntry> cases = logged(name, selection);
        for (DecisionLogEntry entry : cases) {
            try {
                JsonNode logged = JSON.valueToTree(entry.inputs);
                Map<String, Object> before = active
                        .evaluate(DmnInputs.fromJson(active.model(), logged)).results();
                Map<String, Object> after = candidate
                        .evaluate(DmnInputs.fromJson(candidate.model(), logged)).results();
                if (!Objects.equals(before, after)) {
                    changed.add(new ChangedCase(entry.id, entry.leadId, entry.evaluatedAt,
                            entry.inputs, before, after));
                }
            } catch (DecisionFailedException | InvalidInputsException e) {
                failed.add(new FailedCase(entry.id, e.getMessage()));
            }
        }
        return new Report(name, active.version(), candidate.version(), cases.size(),
                changed.size(), changed, failed);
    }

    private Report compareRuleSets(String name, int candidateVersion, Selection selection) {
        RuleSetReplay replay = replayOf(name);
        DecisionModels.VersionedRuleSet candidate = models.ruleSetVersion(name, candidateVersion);
        DecisionModels.VersionedRuleSet active = models.activeRuleSet(name);

        List<ChangedCase> changed = new ArrayList<>();
        List<FailedCase> failed = new ArrayList<>();
        List<DecisionLogEntry> cases = logged(name, selection);
        for (DecisionLogEntry entry : cases) {
            try {
                List<Object> facts = replay.facts(entry.inputs);
                Map<String, Object> before = fired(active.rules(), facts, replay.outcomeType());
                Map<String, Object> after = fired(candidate.rules(), facts, replay.outcomeType());
                if (!Objects.equals(before.get(OUTCOMES), after.get(OUTCOMES))) {
                    changed.add(new ChangedCase(entry.id, entry.leadId, entry.evaluatedAt,
                            entry.inputs, before, after));
                }
            } catch (RuleSetFailedException | IllegalArgumentException e) {
                failed.add(new FailedCase(entry.id, e.getMessage()));
            }
        }
        return new Report(name, active.version(), candidate.version(), cases.size(),
                changed.size(), changed, failed);
    }

    private RuleSetReplay replayOf(String name) {
        return replays.stream().filter(replay -> replay.ruleSetName().equals(name))
                .findFirst().orElseThrow(() -> new WhatIfNotSupportedException(name));
    }

    /** The outcomes as the log keeps them, in a fixed order, and the rules that fired. */
    private static Map<String, Object> fired(CompiledRuleSet rules, List<Object> facts,
            Class<?> outcomeType) {
        CompiledRuleSet.Firing<?> firing = rules.fire(facts, outcomeType);
        List<Object> outcomes = new ArrayList<>(JsonValues.ofRecords(firing.outcomes()));
        outcomes.sort(Comparator.comparing(String::valueOf));
        Map<String, Object> side = new LinkedHashMap<>();
        side.put(OUTCOMES, outcomes);
        side.put(FIRED_RULES, firing.firedRules());
        return side;
    }

    private static List<DecisionLogEntry> logged(String name, Selection selection) {
        if (selection.from() != null || selection.to() != null) {
            OffsetDateTime from = selection.from() == null ? OffsetDateTime.MIN : selection.from();
            OffsetDateTime to = selection.to() == null ? OffsetDateTime.MAX : selection.to();
            return DecisionLogEntry.<DecisionLogEntry>find(
                    "modelName = :name and evaluatedAt >= :from and evaluatedAt < :to",
                    Sort.descending("id"),
                    Parameters.with("name", name).and("from", from).and("to", to))
                    .page(Page.ofSize(MAX_CASES)).list();
        }
        int last = selection.last() == null ? 100 : selection.last();
        return DecisionLogEntry.<DecisionLogEntry>find("modelName = ?1", Sort.descending("id"),
                name).page(Page.ofSize(last)).list();
    }
}
