package pl.lukasiewicz.challenges.attachment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.web.NotFoundException;
import pl.lukasiewicz.challenges.web.QueryParams;

/** The files kept with leads. */
@Path("/")
public class AttachmentResource {

    @GET
    @Path("leads/{id}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The files kept with a lead, without their bytes")
    public List<AttachmentView> ofLead(@PathParam("id") String id) {
        long leadId = QueryParams.required("id", id, 1, Long.MAX_VALUE);
        return Attachment.ofLead(leadId).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("attachments/{id}/content")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "A kept file's bytes, always offered as a download")
    public Response content(@PathParam("id") String id) {
        long number = QueryParams.required("id", id, 1, Long.MAX_VALUE);
        Attachment attachment = Attachment.<Attachment>findByIdOptional(number)
                .filter(found -> found.content != null)
                .orElseThrow(() -> new NotFoundException("ATTACHMENT_NOT_FOUND",
                        "There is no kept file with id " + number));
        return Response.ok(attachment.content, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(attachment.fileName,
                                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
