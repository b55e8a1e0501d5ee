package pl.lukasiewicz.challenges.lead;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.quarkus.panache.common.Sort;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import pl.lukasiewicz.challenges.decision.DecisionLogEntry;
import pl.lukasiewicz.challenges.process.ChallengeProcess;
import pl.lukasiewicz.challenges.web.NotFoundException;
import pl.lukasiewicz.challenges.web.QueryParams;
import pl.lukasiewicz.challenges.web.Callers;
import pl.lukasiewicz.challenges.web.RequestBodies;
import pl.lukasiewicz.challenges.web.Roles;

/** Leads: the web form's intake and what became of each request. */
@Path("/leads")
@Produces(MediaType.APPLICATION_JSON)
public class LeadResource {

    private static final Logger LOG = Logger.getLogger(LeadResource.class);

    @Inject
    LeadIntake intake;

    @Inject
    ChallengeProcess qualification;

    @Inject
    Callers callers;

    /** The web form's cap; IntakeGuard refuses a larger Content-Length before reading. */
    @ConfigProperty(name = "challenges.intake.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Submit a request from the web form",
            description = "Checks the form, keeps it as a lead, classifies it and starts its"
                    + " process. A refused request answers 400 with every bad field.")
    public Response submit(@RequestBody(required = true) byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        if (body != null && body.length > maxBodyBytes) {
            throw new IntakeTooLargeException(maxBodyBytes);
        }
        Lead lead = intake.receive(RequestBodies.text(body, type), callers.current());
        LOG.infof("Lead %d received by %s, suggested %s, process %s", lead.id, lead.channel,
                lead.suggestedClass, lead.processInstanceId);
        return Response.created(URI.create("/leads/" + lead.id))
                .entity(view(lead)).build();
    }

    @GET
    @RolesAllowed({Roles.CENTRAL_SALES, Roles.CHALLENGE_HOST, Roles.CARD_AUTHOR,
            Roles.ACCOUNT_MANAGER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The most recent leads, newest first")
    public List<LeadView> recent(@QueryParam("limit") String limit) {
        int pageSize = (int) QueryParams.wholeNumber("limit", limit, 1, 500, 50);
        return Lead.<Lead>findAll(Sort.descending("id"))
                .page(0, pageSize).list().stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CENTRAL_SALES, Roles.CHALLENGE_HOST, Roles.CARD_AUTHOR,
            Roles.ACCOUNT_MANAGER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One lead with its suggested class and process state")
    public LeadView one(@PathParam("id") String id) {
        return view(existing(id));
    }

    @GET
    @Path("/{id}/payload")
    @RolesAllowed({Roles.CENTRAL_SALES, Roles.ADMIN})
    @Operation(summary = "The request body exactly as it was received")
    public String payload(@PathParam("id") String id) {
        return existing(id).rawPayload;
    }

    @GET
    @Path("/{id}/decisions")
    @RolesAllowed({Roles.CENTRAL_SALES, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The decision-log rows of one lead")
    public List<DecisionLogEntry> decisions(@PathParam("id") String id) {
        return DecisionLogEntry.ofLead(existing(id).id);
    }

    private Lead existing(String id) {
        long number = QueryParams.required("id", id, 1, Long.MAX_VALUE);
        return Lead.<Lead>findByIdOptional(number).orElseThrow(() -> new NotFoundException(
                "LEAD_NOT_FOUND", "There is no lead with id " + number));
    }

    private LeadView view(Lead lead) {
        String state = lead.processInstanceId == null ? null
                : qualification.stateOf(lead.processInstanceId);
        return LeadView.of(lead, state);
    }
}
