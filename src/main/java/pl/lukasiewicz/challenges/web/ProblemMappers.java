package pl.lukasiewicz.challenges.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
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
    public Response notAuthenticated(UnauthorizedException e) {
        return askForCredentials(Problem.of(401, "NOT_AUTHENTICATED", "Not authenticated",
                "This endpoint answers only authenticated callers: send a user's credentials"
                        + " (HTTP Basic) or a bearer token"));
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e) {
        return askForCredentials(Problem.of(401, "BAD_CREDENTIALS", "Not authenticated",
                "The user name and password, or the bearer token, were not accepted"));
    }

    @ServerExceptionMapper
    public Response notPermitted(ForbiddenException e) {
        return Problem.of(403, "NOT_PERMITTED", "Not permitted",
                "Your roles do not allow this; the table of who may do what is in README.md")
                .toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String code = known == null ? "HTTP_" + status : known.name();
        return Problem.of(status, code, e.getResponse().getStatusInfo().getReasonPhrase(),
                explanation(status, e)).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected failure while answering a request", e);
        return Problem.of(500, "INTERNAL_ERROR", "The service failed",
                "The service could not complete the request; a change it was making is"
                        + " rolled back as a whole").toResponse();
    }

    private static Response askForCredentials(Problem problem) {
        return Response.fromResponse(problem.toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"challenges\", Bearer")
                .build();
    }

    private static String explanation(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "There is nothing at this address; see /q/openapi for the endpoints";
            case 405 -> "This address does not take this HTTP method";
            case 406 -> "The service cannot answer in the media type the Accept header asks for";
            case 415 -> "This endpoint does not take this Content-Type; see /q/openapi";
            default -> e.getMessage();
        };
    }
}
