package pl.lukasiewicz.challenges.lead.mail;

import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.logging.Logger;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.NotFoundException;
import pl.lukasiewicz.challenges.web.Problem;
import pl.lukasiewicz.challenges.web.QueryParams;

/** The e-mail channel: raw messages in, and the quarantine of those that made no lead. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MailIntakeResource {

    public static final String MESSAGE_RFC822 = "message/rfc822";

    private static final Logger LOG = Logger.getLogger(MailIntakeResource.class);

    @Inject
    MailIntake intake;

    @POST
    @Path("leads/mail")
    @Consumes(MESSAGE_RFC822)
    @Operation(summary = "Submit a raw e-mail message",
            description = "201 with the new lead; 200 with the lead the message made before or"
                    + " the lead of its thread; 202 with the quarantine entry of a message that"
                    + " is not a request; 422 for a body that is not a message, kept as well.")
    public Response submit(@RequestBody(required = true) byte[] raw) {
        byte[] message = raw == null ? new byte[0] : raw;
        MailReceipt receipt;
        try {
            receipt = intake.receive(message);
        } catch (RuntimeException e) {
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

    @GET
    @Path("mail/quarantine")
    @Operation(summary = "Quarantined messages, newest first")
    public List<QuarantineView> quarantine(@QueryParam("limit") String limit) {
        int pageSize = (int) QueryParams.wholeNumber("limit", limit, 1, 500, 50);
        return QuarantinedMail.<QuarantinedMail>findAll(Sort.descending("id"))
                .page(0, pageSize).list().stream().map(QuarantineView::of).toList();
    }

    @GET
    @Path("mail/quarantine/{id}")
    @Operation(summary = "One quarantined message and the reason it was held back")
    public QuarantineView quarantined(@PathParam("id") String id) {
        return QuarantineView.of(held(id));
    }

    @GET
    @Path("mail/quarantine/{id}/raw")
    @Produces(MESSAGE_RFC822)
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

    private static Response unreadable(QuarantineView entry) {
        Problem problem = new Problem(Problem.typeFor(entry.reasonCode()),
                "The message cannot be taken in", 422, entry.reasonCode(),
                entry.reason() + ". It is kept as quarantine entry " + entry.id(),
                List.of(new FieldError("$", entry.reasonCode(), entry.reason())));
        return Response.status(422).type(Problem.PROBLEM_JSON).entity(problem)
                .header("Location", "/mail/quarantine/" + entry.id()).build();
    }
}
