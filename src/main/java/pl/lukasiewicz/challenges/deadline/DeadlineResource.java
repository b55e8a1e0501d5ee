package pl.lukasiewicz.challenges.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.InvalidRequestException;
import pl.lukasiewicz.challenges.web.Roles;

/**
 * The network's promised deadlines for a request, on the holiday calendar: the kind of
 * deadline is what the challenge-routing table decided (15 working days, or 7 days where a
 * ready service exists).
 */
@jakarta.ws.rs.Path("/deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    private final PromisedDeadlines deadlines;

    DeadlineResource(PromisedDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GET
    @RolesAllowed({Roles.CENTRAL_SALES, Roles.CHALLENGE_HOST, Roles.CARD_AUTHOR,
            Roles.ACCOUNT_MANAGER, Roles.ADMIN})
    @Operation(summary = "The deadline promised for a request received at a given time",
            description = "kind: 15_WORKING_DAYS or 7_DAYS; received: ISO date-time with"
                    + " offset or zone, e.g. 2025-12-15T10:00:00+01:00")
    public PromisedDeadlines.Deadline deadline(@QueryParam("received") String received,
            @QueryParam("kind") String kind) {
        return deadlines.forRequest(receivedAt(received), kindOf(kind));
    }

    private static ZonedDateTime receivedAt(String received) {
        try {
            return ZonedDateTime.parse(received);
        } catch (DateTimeParseException | NullPointerException e) {
            throw refusal("received", "BAD_FORMAT",
                    "Expected a date-time with offset or zone, e.g. 2025-12-15T10:00:00+01:00");
        }
    }

    private static String kindOf(String kind) {
        if (!"15_WORKING_DAYS".equals(kind) && !"7_DAYS".equals(kind)) {
            throw refusal("kind", "NOT_ONE_OF", "Expected 15_WORKING_DAYS or 7_DAYS");
        }
        return kind;
    }

    private static InvalidRequestException refusal(String field, String code, String reason) {
        return new InvalidRequestException(List.of(new FieldError(field, code, reason)));
    }
}
