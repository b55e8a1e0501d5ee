package pl.lukasiewicz.challenges.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.web.NotFoundException;
import pl.lukasiewicz.challenges.web.QueryParams;
import pl.lukasiewicz.challenges.web.Roles;

/** A kept file's bytes. */
@RolesAllowed({Roles.CENTRAL_SALES, Roles.CHALLENGE_HOST, Roles.CARD_AUTHOR,
        Roles.ACCOUNT_MANAGER, Roles.ADMIN})
@Path("/attachments")
public class AttachmentResource {

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Transactional
    @Operation(summary = "A kept file's bytes, always offered as a download")
    public Response content(@PathParam("id") String id) {
        long number = QueryParams.required("id", id, 1, Long.MAX_VALUE);
        Attachment attachment = Attachment.<Attachment>findByIdOptional(number)
                .filter(found -> found.content != null)
                .orElseThrow(() -> new NotFoundException("ATTACHMENT_NOT_FOUND",
                        "There is no kept file with id " + number));
        String name = URLEncoder.encode(attachment.fileName, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(attachment.content, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
