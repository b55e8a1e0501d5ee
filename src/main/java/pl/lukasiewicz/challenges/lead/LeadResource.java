package pl.lukasiewicz.challenges.lead;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import pl.lukasiewicz.challenges.decision.DecisionLogEntry;
import pl.lukasiewicz.challenges.process.LeadQualification;
import pl.lukasiewicz.challenges.web.NotFoundException;

/** Leads: the web form's intake and what became of each request. */
@Path("/leads")
@Produces(MediaType.APPLICATION_JSON)
public class LeadResource {

    @Inject
    LeadIntake intake;

    @Inject
    LeadQualification qualification;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a request from the web form",
            description = "Checks the form, keeps it as a lead, classifies it and starts its"
                    + " process. A refused request answers 400 with every bad field.")
    public Response submit(@RequestBody(required = true) String body) {
        Lead lead = intake.receive(body, "web-form");
        return Response.created(URI.create("/leads/" + lead.id))
                .entity(view(lead)).build();
    }

    @GET
    @Operation(summary = "The most recent leads, newest first")
    public List<LeadView> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        int pageSize = Math.max(1, Math.min(limit, 500));
        return Lead.<Lead>findAll(io.quarkus.panache.common.Sort.descending("id"))
                .page(0, pageSize).list().stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One lead with its suggested class and process state")
    public LeadView one(@PathParam("id") long id) {
        return view(existing(id));
    }

    @GET
    @Path("/{id}/payload")
    @Operation(summary = "The request body exactly as it was received")
    public String payload(@PathParam("id") long id) {
        return existing(id).rawPayload;
    }

    @GET
    @Path("/{id}/decisions")
    @Operation(summary = "The decision-log rows of one lead")
    public List<DecisionLogEntry> decisions(@PathParam("id") long id) {
        existing(id);
        return DecisionLogEntry.ofLead(id);
    }

    private Lead existing(long id) {
        return Lead.<Lead>findByIdOptional(id).orElseThrow(() -> new NotFoundException(
                "LEAD_NOT_FOUND", "There is no lead with id " + id));
    }

    private LeadView view(Lead lead) {
        String state = lead.processInstanceId == null ? null
                : qualification.stateOf(lead.processInstanceId).orElse("NOT_FOUND");
        return LeadView.of(lead, state);
    }
}
