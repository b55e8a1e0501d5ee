package pl.lukasiewicz.challenges.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.web.QueryParams;
import pl.lukasiewicz.challenges.web.Roles;

/** The files kept with a lead, under the lead's own address. */
@RolesAllowed({Roles.CENTRAL_SALES, Roles.CHALLENGE_HOST, Roles.CARD_AUTHOR,
        Roles.ACCOUNT_MANAGER, Roles.ADMIN})
@Path("/leads/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class LeadAttachmentResource {

    @GET
    @Operation(summary = "The files kept with a lead, without their bytes")
    public List<AttachmentView> list(@PathParam("id") String id) {
        long leadId = QueryParams.required("id", id, 1, Long.MAX_VALUE);
        return Attachment.ofLead(leadId).stream().map(AttachmentView::of).toList();
    }
}
