package pl.lukasiewicz.challenges.lead.mail;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.web.NotFoundException;
import pl.lukasiewicz.challenges.web.QueryParams;
import pl.lukasiewicz.challenges.web.Roles;

/** The messages that made no lead, with the reason each was held back. */
@RolesAllowed({Roles.CENTRAL_SALES, Roles.AUDITOR, Roles.ADMIN})
@Path("/mail/quarantine")
@Produces(MediaType.APPLICATION_JSON)
public class QuarantineResource {

    @GET
    @Operation(summary = "Quarantined messages, newest first")
    public List<QuarantineView> quarantine(@QueryParam("limit") String limit) {
        int pageSize = (int) QueryParams.wholeNumber("limit", limit, 1, 500, 50);
        return QuarantinedMail.<QuarantinedMail>findAll(Sort.descending("id"))
                .page(0, pageSize).list().stream().map(QuarantineView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One quarantined message and the reason it was held back")
    public QuarantineView quarantined(@PathParam("id") String id) {
        return QuarantineView.of(held(id));
    }

    @GET
    @Path("/{id}/raw")
    @Produces(MailIntakeResource.MESSAGE_RFC822)
    @jakarta.transaction.Transactional
    @Operation(summary = "A quarantined message's bytes, exactly as received")
    public byte[] quarantinedRaw(@PathParam("id") String id) {
        return held(id).raw;
    }

    private static QuarantinedMail held(String id) {
        long number = QueryParams.required("id", id, 1, Long.MAX_VALUE);
        return QuarantinedMail.<QuarantinedMail>findByIdOptional(number)
                .orElseThrow(() -> new NotFoundException("QUARANTINE_ENTRY_NOT_FOUND",
                        "There is no quarantined message with id " + number));
    }
}
