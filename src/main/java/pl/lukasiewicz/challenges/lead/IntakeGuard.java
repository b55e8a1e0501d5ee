package pl.lukasiewicz.challenges.lead;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import pl.lukasiewicz.challenges.web.Problem;

/**
 * Guards the public web form, the one endpoint anonymous callers reach: a body larger than
 * the form can need is refused before it is read, and each client address may submit only so
 * many requests in a period. Both refusals are problem+json.
 */
public class IntakeGuard {

    @ConfigProperty(name = "challenges.intake.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    /** Addresses never limited: the tests' own, or a trusted relay such as the CRM's host. */
    @ConfigProperty(name = "challenges.intake.rate-limit.exempt", defaultValue = "none")
    List<String> exempt;

    @Inject
    SubmissionRateLimit rateLimit;

    @ServerRequestFilter(priority = 100)
    public Optional<Response> guardTheWebForm(ContainerRequestContext context,
            HttpServerRequest request) {
        if (!"POST".equals(context.getMethod())
                || !"leads".equals(context.getUriInfo().getPath().replaceAll("^/|/$", ""))) {
            return Optional.empty();
        }
        String length = context.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.strip().matches("\\d{1,18}")
                && Long.parseLong(length.strip()) > maxBodyBytes) {
            return Optional.of(new IntakeTooLargeException(maxBodyBytes).getResponse());
        }
        String address = request.remoteAddress() == null ? "unknown"
                : request.remoteAddress().hostAddress();
        if (exempt.contains(address)) {
            return Optional.empty();
        }
        return rateLimit.admit(address).map(IntakeGuard::tooMany);
    }

    private static Response tooMany(long retryAfterSeconds) {
        return Response.fromResponse(Problem.of(429, "TOO_MANY_SUBMISSIONS",
                "Too many submissions", "This address has sent as many requests as the form"
                        + " takes in a while; try again in " + retryAfterSeconds + " s")
                .toResponse()).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
