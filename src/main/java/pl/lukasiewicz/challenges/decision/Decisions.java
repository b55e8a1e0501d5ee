package pl.lukasiewicz.challenges.decision;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Asks the active version of a decision model and writes the decision log row before the
 * outcome is given, so no outcome is ever used without its record. Inside a transaction (a
 * lead, a case) the row is written in that transaction and stands or falls with it; outside
 * one (a stateless call) the row is committed by the {@link DecisionLogWriter}'s group commit
 * before the outcome is returned.
 */
@ApplicationScoped
public class Decisions {

    private static final Logger LOG = Logger.getLogger(Decisions.class);

    @Inject
    DecisionModels models;

    @Inject
    DecisionLogWriter writer;

    /**
     * Off only to measure what the log costs (see BENCHMARKS.md); a service that decides for
     * real always logs. Switching it off is announced as a warning at start-up.
     */
    @ConfigProperty(name = "challenges.decision-log.enabled", defaultValue = "true")
    boolean logEnabled;

    void warnWhenTheLogIsOff(@Observes StartupEvent started) {
        if (!logEnabled) {
            LOG.warn("The decision log is switched off: decisions are NOT recorded for auditors");
        }
    }

    public DecisionOutcome decide(DecisionRequest request) {
        CompiledModel model = models.active(request.modelName());

        long started = System.nanoTime();
        CompiledModel.Evaluation evaluation = model.evaluate(request.inputs());
        long durationMicros = (System.nanoTime() - started) / 1_000;

        long logRow = logEnabled ? log(entry(model, request, evaluation, durationMicros)) : 0;
        LOG.infof("Decision %s v%d for %s: %s (log row %d)", model.name(), model.version(),
                request.leadId() == null ? "a stateless call" : "lead " + request.leadId(),
                evaluation.results().values(), logRow);
        return new DecisionOutcome(model.name(), model.version(), model.contentHash(),
                evaluation, logRow);
    }

    /** Fires the active version of a rule set on the facts and logs what it decided. */
    public <T> RuleOutcome<T> fire(RuleRequest request, Class<T> outcomeType) {
        DecisionModels.VersionedRuleSet active = models.activeRuleSet(request.ruleSetName());
        CompiledRuleSet rules = active.rules();

        long started = System.nanoTime();
        CompiledRuleSet.Firing<T> firing = rules.fire(request.facts(), outcomeType);
        long durationMicros = (System.nanoTime() - started) / 1_000;

        long logRow = 0;
        if (logEnabled) {
            DecisionLogEntry entry = new DecisionLogEntry();
            entry.modelName = rules.name();
            entry.modelVersion = active.version();
            entry.modelHash = rules.contentHash();
            entry.inputs = JsonValues.ofMap(request.loggedInputs());
            entry.outputs = Map.of("outcomes", JsonValues.ofRecords(firing.outcomes()));
            entry.matchedRules = List.of(new MatchedRules(rules.name(), null, List.of(),
                    List.of(), firing.firedRules(), firing.firedRules()));
            entry.evidence = Map.of();
            entry.leadId = request.leadId();
            entry.caller = request.caller();
            entry.evaluatedAt = OffsetDateTime.now();
            entry.durationMicros = durationMicros;
            logRow = log(entry);
        }
        LOG.infof("Rule set %s v%d for %s: %d outcome(s), rules fired %s (log row %d)",
                rules.name(), active.version(),
                request.leadId() == null ? "a stateless call" : "lead " + request.leadId(),
                firing.outcomes().size(), firing.firedRules(), logRow);
        return new RuleOutcome<>(rules.name(), active.version(), rules.contentHash(),
                firing.outcomes(), firing.firedRules(), logRow);
    }

    /** Writes the row in the caller's transaction, or by group commit when there is none. */
    private long log(DecisionLogEntry entry) {
        if (QuarkusTransaction.isActive()) {
            entry.persist();
            return entry.id;
        }
        return writer.write(entry);
    }

    private static DecisionLogEntry entry(CompiledModel model, DecisionRequest request,
            CompiledModel.Evaluation evaluation, long durationMicros) {
        DecisionLogEntry entry = new DecisionLogEntry();
        entry.modelName = model.name();
        entry.modelVersion = model.version();
        entry.modelHash = model.contentHash();
        entry.inputs = JsonValues.ofMap(request.inputs());
        entry.outputs = evaluation.results();
        entry.matchedRules = evaluation.matches();
        entry.evidence = JsonValues.ofMap(request.evidence());
        entry.leadId = request.leadId();
        entry.caller = request.caller();
        entry.evaluatedAt = OffsetDateTime.now();
        entry.durationMicros = durationMicros;
        return entry;
    }
}
