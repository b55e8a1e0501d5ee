package pl.lukasiewicz.challenges.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every refusal and failure into a problem+json answer, in one place. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return Problem.invalidRequest(e.errors()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.of(404, e.code(), "Not found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = Response.Status.fromStatusCode(status) == null
                ? "HTTP_" + status
                : Response.Status.fromStatusCode(status).name();
        return Problem.of(status, code, e.getResponse().getStatusInfo().getReasonPhrase(),
                e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected failure while answering a request", e);
        return Problem.of(500, "INTERNAL_ERROR", "The service failed",
                "The service could not complete the request; nothing was stored").toResponse();
    }
}
