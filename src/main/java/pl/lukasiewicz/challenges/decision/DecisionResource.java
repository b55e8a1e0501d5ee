package pl.lukasiewicz.challenges.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.web.Callers;
import pl.lukasiewicz.challenges.web.RequestBodies;
import pl.lukasiewicz.challenges.web.Roles;

/** Any active decision model, evaluated on the inputs a caller sends, and logged. */
@Path("/decisions/{name}")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    DecisionModels models;

    @Inject
    Decisions decisions;

    @Inject
    Callers callers;

    /** What the model decided, by decision name, with the version and the log row. */
    public record Answer(String model, int modelVersion, String modelHash, long decisionLogId,
            Map<String, Object> results) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CRM, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Evaluate the active version of a decision model",
            description = "The body is a JSON object of the model's inputs by name; values are"
                    + " read as the inputs' declared DMN types. Logged under the"
                    + " authenticated caller's name.")
    public Answer decide(@PathParam("name") String name, byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @HeaderParam("X-Caller") String caller) {
        CompiledModel model = models.active(name);
        Map<String, Object> inputs = DmnInputs.fromJson(model.model(),
                RequestBodies.text(body, type));

        DecisionOutcome outcome = decisions.decide(new DecisionRequest(
                name, inputs, null, callers.named(caller), Map.of()));
        return new Answer(name, outcome.modelVersion(), outcome.modelHash(),
                outcome.logEntryId(), outcome.evaluation().results());
    }
}
