package pl.lukasiewicz.challenges.decision;

import jakarta.ws.rs.core.Response;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.Problem;

/** How the registry's and the engine's refusals are answered. */
public class DecisionProblems {

    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public Response invalidModel(InvalidModelException e) {
        return new Problem(Problem.typeFor("MODEL_INVALID"), "The model is not valid", 422,
                "MODEL_INVALID", "Nothing was stored; the active version still decides",
                e.messages().stream().map(m -> new FieldError("$", m.type(),
                        m.severity() + ": " + m.text())).toList()).toResponse();
    }

    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public Response exportTooLarge(ExportTooLargeException e) {
        return Problem.of(422, "EXPORT_TOO_LARGE", "Too many rows for one export",
                e.getMessage()).toResponse();
    }

    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public Response noEarlierVersion(NoEarlierVersionException e) {
        return Problem.of(409, "NO_EARLIER_VERSION", "Nothing to roll back to", e.getMessage())
                .toResponse();
    }

    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public Response whatIfNotSupported(WhatIfNotSupportedException e) {
        return Problem.of(422, "WHAT_IF_NOT_SUPPORTED", "These cases cannot be replayed",
                e.getMessage()).toResponse();
    }

    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public Response decisionFailed(DecisionFailedException e) {
        return Problem.of(422, "DECISION_FAILED", "The model could not decide on these inputs",
                e.getMessage()).toResponse();
    }

    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public Response decisionNotRecorded(DecisionNotRecordedException e) {
        return Problem.of(503, "DECISION_NOT_RECORDED", "The decision log did not take the row",
                e.getMessage()).toResponse();
    }
}
