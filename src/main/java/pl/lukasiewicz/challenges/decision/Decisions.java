package pl.lukasiewicz.challenges.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Asks the active version of a decision model and writes the decision log row in the same
 * transaction, so no outcome is ever used without its record.
 */
@ApplicationScoped
public class Decisions {

    private static final Logger LOG = Logger.getLogger(Decisions.class);

    @Inject
    DecisionModels models;

    @Transactional
    public DecisionOutcome decide(DecisionRequest request) {
        CompiledModel model = models.active(request.modelName());

        long started = System.nanoTime();
        CompiledModel.Evaluation evaluation = model.evaluate(request.inputs());
        long durationMicros = (System.nanoTime() - started) / 1_000;

        DecisionLogEntry entry = record(model, request, evaluation, durationMicros);
        LOG.infof("Decision %s v%d for %s: %s (log row %d)", model.name(), model.version(),
                request.leadId() == null ? "a stateless call" : "lead " + request.leadId(),
                evaluation.results().values(), entry.id);
        return new DecisionOutcome(model.name(), model.version(), model.contentHash(),
                evaluation, entry.id);
    }

    private static DecisionLogEntry record(CompiledModel model, DecisionRequest request,
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
        entry.persist();
        return entry;
    }
}
