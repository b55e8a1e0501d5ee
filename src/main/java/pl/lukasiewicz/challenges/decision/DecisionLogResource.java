package pl.lukasiewicz.challenges.decision;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.web.QueryParams;
import pl.lukasiewicz.challenges.web.Roles;

/** The decision log as auditors read it: newest first, by model and by case. */
@Path("/decision-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ANALYST, Roles.ADMIN})
public class DecisionLogResource {

    @GET
    @Operation(summary = "Decision-log rows, newest first, by model and lead")
    public List<DecisionLogEntry> entries(
            @QueryParam("model") String model,
            @QueryParam("leadId") String lead,
            @QueryParam("limit") String limit) {
        Long leadId = lead == null ? null
                : QueryParams.required("leadId", lead, 1, Long.MAX_VALUE);
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (model != null) {
            conditions.add("modelName = :model");
            parameters.and("model", model);
        }
        if (leadId != null) {
            conditions.add("leadId = :leadId");
            parameters.and("leadId", leadId);
        }
        int pageSize = (int) QueryParams.wholeNumber("limit", limit, 1, 500, 50);
        return DecisionLogEntry.<DecisionLogEntry>find(String.join(" and ", conditions),
                Sort.descending("id"), parameters).page(Page.ofSize(pageSize)).list();
    }
}
