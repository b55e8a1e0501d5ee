package pl.lukasiewicz.challenges.process;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.attachment.Attachment;
import pl.lukasiewicz.challenges.attachment.AttachmentView;
import pl.lukasiewicz.challenges.attachment.ContentSniffer;
import pl.lukasiewicz.challenges.lead.CaseHistory;
import pl.lukasiewicz.challenges.lead.Lead;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.InvalidRequestException;
import pl.lukasiewicz.challenges.web.NotFoundException;
import pl.lukasiewicz.challenges.web.QueryParams;
import pl.lukasiewicz.challenges.web.Roles;

/**
 * Files added to a case by the people working it ("dodanie załączników"): the body is the
 * file, its Content-Type the declared type, its name a query parameter. The file is kept in
 * PostgreSQL with the case, after a size check and a check that its bytes are of the declared
 * type; a refusal names the reason and keeps nothing.
 */
@Path("/cases/{leadId}/attachments")
@RolesAllowed({Roles.CENTRAL_SALES, Roles.CHALLENGE_HOST, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class CaseAttachmentResource {

    /** A plain file name: no folders, no control characters, an extension. */
    private static final Pattern FILE_NAME =
            Pattern.compile("[^/\\\\\\p{Cc}\\p{Cf}:*?\"<>|]{1,200}\\.[A-Za-z0-9]{1,10}");
    private static final Pattern CONTENT_TYPE =
            Pattern.compile("[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*");

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "challenges.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a file to a case",
            description = "Body: the file; Content-Type: its type; fileName: its name. 201 with"
                    + " the kept file; 400 with the reason for a name, size or type refused.")
    @Transactional
    public Response add(@PathParam("leadId") String leadId, @QueryParam("fileName") String name,
            @HeaderParam("Content-Type") String contentType, byte[] body) {
        long id = QueryParams.wholeNumber("leadId", leadId, 1, Long.MAX_VALUE, 0);
        Lead lead = Lead.<Lead>findByIdOptional(id).orElseThrow(() -> new NotFoundException(
                "CASE_NOT_FOUND", "There is no case (lead) " + id));
        byte[] content = body == null ? new byte[0] : body;
        String declared = contentType == null ? ""
                : contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (name == null || !FILE_NAME.matcher(name.strip()).matches()) {
            errors.add(new FieldError("fileName", "BAD_FORMAT", "Expected a plain file name"
                    + " with an extension, without folders or control characters"));
        }
        if (!CONTENT_TYPE.matcher(declared).matches()) {
            errors.add(new FieldError("Content-Type", "BAD_FORMAT",
                    "Expected the file's media type, e.g. application/pdf"));
        }
        if (content.length == 0) {
            errors.add(new FieldError("$", "EMPTY_FILE", "The file has no bytes"));
        } else if (content.length > maxBytes) {
            errors.add(new FieldError("$", "FILE_TOO_LARGE", "At most " + maxBytes
                    + " bytes are accepted; this file has " + content.length));
        }
        ContentSniffer.Check check = ContentSniffer.check(declared, content);
        if (errors.isEmpty() && check == ContentSniffer.Check.MISMATCH) {
            errors.add(new FieldError("Content-Type", "CONTENT_TYPE_MISMATCH",
                    "The bytes are not " + declared + " but "
                            + ContentSniffer.typeOf(content).orElse("of another kind")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Attachment file = new Attachment();
        file.leadId = lead.id;
        file.fileName = name.strip();
        file.declaredContentType = declared;
        file.detectedContentType = ContentSniffer.typeOf(content).orElse(null);
        file.contentTypeCheck = check;
        file.sizeBytes = content.length;
        file.sha256 = sha256(content);
        file.content = content;
        file.receivedAt = OffsetDateTime.now();
        file.persist();
        CaseHistory.record(lead, lead.caseState, identity.getPrincipal().getName(),
                "ATTACHMENT_ADDED", Map.of("attachmentId", file.id, "fileName", file.fileName,
                        "sizeBytes", file.sizeBytes, "contentTypeCheck", check.name()));
        return Response.created(URI.create("/attachments/" + file.id + "/content"))
                .entity(AttachmentView.of(file)).build();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
