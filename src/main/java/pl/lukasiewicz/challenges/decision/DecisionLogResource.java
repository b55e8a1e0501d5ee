package pl.lukasiewicz.challenges.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.InvalidRequestException;
import pl.lukasiewicz.challenges.web.QueryParams;
import pl.lukasiewicz.challenges.web.Roles;

/**
 * The decision log as auditors read it: newest first, by model, version, time range, case
 * and outcome, a page at a time, or exported whole as CSV or JSON.
 */
@Path("/decision-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ANALYST, Roles.ADMIN})
public class DecisionLogResource {

    /** The most rows one export holds; a larger result must be narrowed first. */
    static final int MAX_EXPORT = 10_000;
    static final String TOTAL_COUNT = "X-Total-Count";

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "Decision-log rows, newest first, a page at a time",
            description = "Filters: model, version, from, to (a date, or a date-time with"
                    + " offset; 'to' is exclusive, a date means its whole day), leadId and"
                    + " outcome (any output value equal to it). Pages: page (from 0) and limit"
                    + " (up to 500). The X-Total-Count header gives the number of matches.")
    public Response entries(
            @QueryParam("model") String model,
            @QueryParam("version") String version,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("leadId") String lead,
            @QueryParam("outcome") String outcome,
            @QueryParam("page") String page,
            @QueryParam("limit") String limit) {
        DecisionLogQuery query = DecisionLogQuery.of(model, version, from, to, lead, outcome);
        int pageSize = (int) QueryParams.wholeNumber("limit", limit, 1, 500, 50);
        int pageNumber = (int) QueryParams.wholeNumber("page", page, 0, 1_000_000, 0);

        return Response.ok(query.page(pageNumber, pageSize))
                .header(TOTAL_COUNT, query.count()).build();
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Every matching decision-log row as a CSV or JSON file",
            description = "The same filters as the log itself, and format=csv or json; at most"
                    + " 10,000 rows (422 EXPORT_TOO_LARGE names the count otherwise).")
    public Response export(
            @QueryParam("model") String model,
            @QueryParam("version") String version,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("leadId") String lead,
            @QueryParam("outcome") String outcome,
            @QueryParam("format") String format) throws JsonProcessingException {
        DecisionLogQuery query = DecisionLogQuery.of(model, version, from, to, lead, outcome);
        boolean csv = csv(format);
        long matching = query.count();
        if (matching > MAX_EXPORT) {
            throw new ExportTooLargeException(matching, MAX_EXPORT);
        }

        List<DecisionLogEntry> entries = query.page(0, MAX_EXPORT);
        String body = csv ? DecisionLogCsv.of(entries, json) : json.writeValueAsString(entries);
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"decision-log."
                        + (csv ? "csv" : "json") + "\"")
                .header(TOTAL_COUNT, matching).build();
    }

    private static boolean csv(String format) {
        if (format == null || format.equalsIgnoreCase("csv")) {
            return true;
        }
        if (format.equalsIgnoreCase("json")) {
            return false;
        }
        throw new InvalidRequestException(List.of(new FieldError("format", "NOT_ONE_OF",
                "Expected csv or json but got '" + format + "'")));
    }
}
