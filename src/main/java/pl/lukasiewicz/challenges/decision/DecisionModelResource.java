package pl.lukasiewicz.challenges.decision;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The decision models the service knows and which version of each decides. */
@Path("/decision-models")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionModelResource {

    /** A model version, without its content. */
    public record ModelVersionView(String modelName, int version, String contentHash,
            String origin, boolean active) {
        static ModelVersionView of(DecisionModelVersion v) {
            return new ModelVersionView(v.modelName, v.version, v.contentHash, v.origin,
                    v.active);
        }
    }

    @GET
    @Operation(summary = "Every version of every decision model, with its content hash")
    public List<ModelVersionView> versions() {
        return DecisionModelVersion.<DecisionModelVersion>listAll(Sort.by("modelName", "version"))
                .stream().map(ModelVersionView::of).toList();
    }
}
