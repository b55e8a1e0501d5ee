package pl.lukasiewicz.challenges.attachment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.web.QueryParams;

/** The files kept with a lead, under the lead's own address. */
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
