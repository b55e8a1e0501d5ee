package pl.lukasiewicz.challenges.lead.mail;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.logging.Logger;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.Problem;
import pl.lukasiewicz.challenges.web.Roles;

/** The e-mail channel: raw messages in (see {@link QuarantineResource} for those held back). */
@RolesAllowed({Roles.CRM, Roles.CENTRAL_SALES, Roles.ADMIN})
@Path("/leads/mail")
@Produces(MediaType.APPLICATION_JSON)
public class MailIntakeResource {

    public static final String MESSAGE_RFC822 = "message/rfc822";

    private static final Logger LOG = Logger.getLogger(MailIntakeResource.class);

    @Inject
    MailIntake intake;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MESSAGE_RFC822)
    @Operation(summary = "Submit a raw e-mail message",
            description = "201 with the new lead; 200 with the lead the message made before or"
                    + " the lead of its thread; 202 with the quarantine entry of a message that"
                    + " is not a request; 422 for a body that is not a message, kept as well.")
    public Response submit(@RequestBody(required = true) byte[] raw) {
        byte[] message = raw == null ? new byte[0] : raw;
        MailReceipt receipt;
        try {
            receipt = intake.receive(message, identity.getPrincipal().getName());
        } catch (RuntimeException e) {
            // The service's own failure is answered 422 too: the message is kept and waits
            // for a person, which is what the caller needs to know.
            LOG.error("Mail intake failed; the message goes to the quarantine", e);
            receipt = intake.keepAfterFailure(message, e);
        }
        return switch (receipt.outcome()) {
            case LEAD_CREATED -> Response.created(URI.create("/leads/" + receipt.lead().id()))
                    .entity(receipt).build();
            case ALREADY_RECEIVED, ADDED_TO_LEAD -> Response.ok(receipt).build();
            case QUARANTINED -> Response.accepted(receipt).build();
            case UNREADABLE -> unreadable(receipt.quarantine());
        };
    }

    private static Response unreadable(QuarantineView entry) {
        Problem problem = new Problem(Problem.typeFor(entry.reasonCode()),
                "The message cannot be taken in", 422, entry.reasonCode(),
                entry.reason() + ". It is kept as quarantine entry " + entry.id(),
                List.of(new FieldError("$", entry.reasonCode(), entry.reason())));
        return Response.status(422).type(Problem.PROBLEM_JSON).entity(problem)
                .header("Location", "/mail/quarantine/" + entry.id()).build();
    }
}
