package pl.lukasiewicz.challenges.decision;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import pl.lukasiewicz.challenges.decision.DecisionModelVersion.Kind;
import pl.lukasiewicz.challenges.web.Callers;
import pl.lukasiewicz.challenges.web.NotFoundException;
import pl.lukasiewicz.challenges.web.Roles;

/** The decision registry: models, their versions, uploads, activation and rollback. */
@Path("/decision-models")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
public class DecisionModelResource {

    @Inject
    DecisionModels models;

    @Inject
    Callers callers;

    @Inject
    WhatIf whatIf;

    /** A model version, without its content. */
    public record VersionView(String modelName, int version, Kind kind, String contentHash,
            String origin, String createdBy, java.time.OffsetDateTime createdAt,
            boolean active) {
        static VersionView of(DecisionModelVersion v) {
            return new VersionView(v.modelName, v.version, v.kind, v.contentHash, v.origin,
                    v.createdBy, v.createdAt, v.active);
        }
    }

    /** What an upload kept, and the validator's warnings about it. */
    public record UploadView(VersionView version, List<ModelMessage> warnings) {
    }

    @GET
    @Operation(summary = "Every version of every decision model, and which one decides")
    public List<VersionView> all() {
        return DecisionModelVersion.<DecisionModelVersion>listAll(Sort.by("modelName", "version"))
                .stream().map(VersionView::of).toList();
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "The versions of one decision model")
    public List<VersionView> versions(@PathParam("name") String name) {
        List<VersionView> versions = DecisionModelVersion.allOf(name).stream()
                .map(VersionView::of).toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("MODEL_NOT_FOUND", "No decision model named " + name);
        }
        return versions;
    }

    @GET
    @Path("/{name}/versions/{version}")
    @Produces({MediaType.APPLICATION_XML, MediaType.TEXT_PLAIN})
    @Operation(summary = "The exact content of one version")
    public Response content(@PathParam("name") String name, @PathParam("version") int version) {
        DecisionModelVersion stored = DecisionModelVersion.numbered(name, version).orElseThrow(
                () -> new NotFoundException("MODEL_VERSION_NOT_FOUND",
                        "Decision model '" + name + "' has no version " + version));
        MediaType type = stored.kind == Kind.DMN
                ? MediaType.APPLICATION_XML_TYPE : MediaType.TEXT_PLAIN_TYPE;
        return Response.ok(stored.content, type.withCharset("UTF-8")).build();
    }

    @POST
    @Path("/{name}/versions")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Upload a new version of a DMN model",
            description = "Validated before it is kept; 422 with the validator's messages when"
                    + " invalid. With activate=true it decides at once.")
    public Response upload(@PathParam("name") String name, String content,
            @QueryParam("activate") @DefaultValue("false") boolean activate,
            @HeaderParam("X-Caller") String caller) {
        ModelNames.check(name);
        DecisionModels.Upload upload = models.upload(name, Kind.DMN, content,
                callers.named(caller), activate);
        return uploaded(name, upload);
    }

    private static Response uploaded(String name, DecisionModels.Upload upload) {
        VersionView view = VersionView.of(upload.version());
        URI location = URI.create("/decision-models/" + name + "/versions/" + view.version());
        Response.ResponseBuilder answer = upload.isNew()
                ? Response.created(location) : Response.ok().location(location);
        return answer.entity(new UploadView(view, upload.warnings())).build();
    }

    @POST
    @Path("/{name}/versions")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Upload a new version of a DRL rule set",
            description = "Compiled before it is kept; 422 with the compiler's messages and"
                    + " line numbers when invalid. With activate=true it decides at once.")
    public Response uploadRuleSet(@PathParam("name") String name, String content,
            @QueryParam("activate") @DefaultValue("false") boolean activate,
            @HeaderParam("X-Caller") String caller) {
        ModelNames.check(name);
        DecisionModels.Upload upload = models.upload(name, Kind.DRL, content,
                callers.named(caller), activate);
        return uploaded(name, upload);
    }

    @POST
    @Path("/{name}/versions/{version}/activation")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Make a version the one that decides")
    public VersionView activate(@PathParam("name") String name,
            @PathParam("version") int version, @HeaderParam("X-Caller") String caller) {
        return VersionView.of(models.activate(name, version, callers.named(caller)));
    }

    @POST
    @Path("/{name}/versions/{version}/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Replay logged cases on a candidate version beside the active one",
            description = "Body {\"last\": N} or {\"from\": ..., \"to\": ...} (ISO date-times)."
                    + " Nothing is decided or logged.")
    public WhatIf.Report whatIf(@PathParam("name") String name,
            @PathParam("version") int version, String body) {
        return whatIf.compare(name, version, WhatIfSelection.read(body));
    }

    @POST
    @Path("/{name}/rollback")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Make the previously active version decide again")
    public VersionView rollBack(@PathParam("name") String name,
            @HeaderParam("X-Caller") String caller) {
        return VersionView.of(models.rollBack(name, callers.named(caller)));
    }
}
