package pl.lukasiewicz.challenges.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.web.Roles;

/** Auditors check that an append-only table was not changed behind the service's back. */
@Path("/audit-chains")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditChainResource {

    @Inject
    AuditChains chains;

    @GET
    @Path("/{chain}/verification")
    @Operation(summary = "Verify an audit chain (decision_log, case_history) row by row",
            description = "Recomputes every row's hash and link; names the first row that"
                    + " does not match, with a code: ROW_ALTERED, ROWS_MISSING, LINK_BROKEN,"
                    + " BEYOND_HEAD, HEAD_MISMATCH or NOT_LINKED. Rows still waiting to be"
                    + " linked are linked first.")
    public ChainVerification verify(@PathParam("chain") String chain) {
        return chains.verify(chain);
    }
}
