package pl.lukasiewicz.challenges.lead.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.web.NotFoundException;
import pl.lukasiewicz.challenges.web.QueryParams;
import pl.lukasiewicz.challenges.web.Roles;

/** The messages a lead was made from and the replies of its thread. */
@RolesAllowed({Roles.CENTRAL_SALES, Roles.AUDITOR, Roles.ADMIN})
@Path("/leads/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
public class LeadMailResource {

    @GET
    @Operation(summary = "The messages kept with a lead: its request and the replies")
    public List<MailMessageView> list(@PathParam("id") String id) {
        long leadId = QueryParams.required("id", id, 1, Long.MAX_VALUE);
        return MailMessage.ofLead(leadId).stream().map(MailMessageView::of).toList();
    }

    @GET
    @Path("/{messageId}/raw")
    @Produces(MailIntakeResource.MESSAGE_RFC822)
    @Transactional
    @Operation(summary = "One kept message's bytes, exactly as received")
    public byte[] raw(@PathParam("id") String id, @PathParam("messageId") String messageId) {
        long leadId = QueryParams.required("id", id, 1, Long.MAX_VALUE);
        long number = QueryParams.required("messageId", messageId, 1, Long.MAX_VALUE);
        return MailMessage.<MailMessage>findByIdOptional(number)
                .filter(message -> message.leadId == leadId)
                .orElseThrow(() -> new NotFoundException("MESSAGE_NOT_FOUND",
                        "Lead " + leadId + " has no kept message with id " + number))
                .raw;
    }
}
