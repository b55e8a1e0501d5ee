package pl.lukasiewicz.challenges.lead.classification;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.lead.WebFormReader;
import pl.lukasiewicz.challenges.web.Callers;
import pl.lukasiewicz.challenges.web.RequestBodies;
import pl.lukasiewicz.challenges.web.Roles;
import pl.lukasiewicz.challenges.web.InvalidRequestException;
import pl.lukasiewicz.challenges.web.JsonFieldReader;

/**
 * Classification without a case, for the CRM: the same table as the intake uses, on a title
 * and description, logged like every other decision but tied to no lead.
 */
@Path("/decisions/lead-classification")
@Produces(MediaType.APPLICATION_JSON)
public class ClassificationResource {

    private static final Set<String> FIELDS =
            Set.of("organisationName", "title", "description", "declaredNeed");

    @Inject
    LeadClassifier classifier;

    @Inject
    Callers callers;

    /** The answer: the suggested class, why, and which model version decided. */
    public record Answer(String leadClass, String reason, String priority, String model,
            int modelVersion, long decisionLogId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CRM, Roles.CENTRAL_SALES, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Classify a request without creating a lead",
            description = "Logged under the authenticated caller's name.")
    public Answer classify(byte[] body, @HeaderParam("X-Caller") String caller,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        LeadText text = read(RequestBodies.text(body, type));
        LeadClassifier.Classified result = classifier.classify(text, null, callers.named(caller));
        LeadClassification suggested = result.suggested();
        return new Answer(suggested.leadClass(), suggested.reason(), suggested.priority(),
                LeadClassifier.MODEL, result.modelVersion(), result.decisionLogId());
    }

    private static LeadText read(String body) {
        JsonNode object = WebFormReader.objectIn(body);
        JsonFieldReader fields = JsonFieldReader.of(object);
        fields.rejectUnknownFields(FIELDS);
        Optional<String> organisation = fields.optionalText("organisationName", 300);
        Optional<String> title = fields.requiredText("title", WebFormReader.MAX_TITLE);
        Optional<String> description =
                fields.optionalText("description", WebFormReader.MAX_DESCRIPTION);
        Optional<DeclaredNeed> need = fields.optionalChoice("declaredNeed", DeclaredNeed.class);
        if (!fields.errors().isEmpty()) {
            throw new InvalidRequestException(fields.errors());
        }
        return new LeadText(organisation.orElse(""), title.get(), description.orElse(""),
                need.orElse(DeclaredNeed.NOT_SURE).name());
    }
}
