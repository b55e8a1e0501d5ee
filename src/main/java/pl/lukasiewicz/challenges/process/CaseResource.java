package pl.lukasiewicz.challenges.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.lukasiewicz.challenges.challenge.Challenge;
import pl.lukasiewicz.challenges.challenge.Offer;
import pl.lukasiewicz.challenges.challenge.OfferCard;
import pl.lukasiewicz.challenges.challenge.OfferRevision;
import pl.lukasiewicz.challenges.lead.CaseHistory;
import pl.lukasiewicz.challenges.lead.Lead;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.InvalidRequestException;
import pl.lukasiewicz.challenges.web.JsonFieldReader;
import pl.lukasiewicz.challenges.web.NotFoundException;
import pl.lukasiewicz.challenges.web.QueryParams;
import pl.lukasiewicz.challenges.web.RequestBodies;
import pl.lukasiewicz.challenges.web.Roles;

/**
 * A case as a whole: where it stands, the challenge, the offer cards, the offer and its
 * revisions, and its history. Editing the challenge names the version one started from;
 * if someone else changed it meanwhile, the edit is refused with 409 and what changed.
 */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    /** Everything about one case. */
    public record CaseView(long leadId, String state, String processState,
            Challenge challenge, List<OfferCard> offerCards, Offer offer,
            List<OfferRevision> offerRevisions, List<CaseHistory> history) {
    }

    @Inject
    ChallengeProcess process;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @GET
    @Path("/{leadId}")
    @RolesAllowed({Roles.CENTRAL_SALES, Roles.CHALLENGE_HOST, Roles.CARD_AUTHOR,
            Roles.ACCOUNT_MANAGER, Roles.AUDITOR, Roles.CRM, Roles.ADMIN})
    @Operation(summary = "A case: its state, challenge, offer cards, offer and history")
    @Transactional
    public CaseView one(@PathParam("leadId") String leadId) {
        Lead lead = lead(leadId);
        Optional<Challenge> challenge = Challenge.ofLead(lead.id);
        Optional<Offer> offer = challenge.flatMap(c -> Offer.ofChallenge(c.id));
        return new CaseView(lead.id, lead.caseState.name(),
                lead.processInstanceId == null ? null : process.stateOf(lead.processInstanceId),
                challenge.orElse(null),
                challenge.map(c -> OfferCard.of(c.id)).orElse(List.of()),
                offer.orElse(null),
                offer.map(o -> OfferRevision.of(o.id)).orElse(List.of()),
                CaseHistory.of(lead.id));
    }

    @PUT
    @Path("/{leadId}/challenge")
    @RolesAllowed({Roles.CENTRAL_SALES, Roles.CHALLENGE_HOST, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit the challenge's title or description",
            description = "Send the challenge's version as you read it; 409 CASE_CHANGED if"
                    + " it changed since, with the current challenge and the changes.")
    @Transactional
    public Challenge edit(@PathParam("leadId") String leadId, byte[] body,
            @HeaderParam("Content-Type") MediaType type) {
        Lead lead = lead(leadId);
        JsonFieldReader fields = JsonFieldReader.of(readObject(body, type));
        fields.rejectUnknownFields(Set.of("version", "title", "description"));
        Optional<Long> version = fields.requiredWholeNumber("version", 0, Long.MAX_VALUE);
        Optional<String> title = fields.optionalText("title", 1_000);
        Optional<String> description = fields.optionalText("description", 20_000);
        if (!fields.errors().isEmpty()) {
            throw new InvalidRequestException(fields.errors());
        }
        Challenge challenge = Challenge.<Challenge>find("leadId", lead.id)
                .withLock(LockModeType.OPTIMISTIC).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("CHALLENGE_NOT_FOUND",
                        "Case " + lead.id + " has no challenge yet"));
        if (challenge.version != version.get()) {
            throw new CaseChangedException(challenge, version.get(),
                    CaseHistory.of(lead.id).stream()
                            .filter(h -> "CHALLENGE_EDITED".equals(h.action))
                            .filter(h -> changedAfter(h, version.get())).toList());
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        title.filter(t -> !t.equals(challenge.title)).ifPresent(t -> {
            changes.put("title", Map.of("from", challenge.title, "to", t));
            challenge.title = t;
        });
        description.filter(d -> !d.equals(challenge.description)).ifPresent(d -> {
            changes.put("description", Map.of("from", challenge.description, "to", d));
            challenge.description = d;
        });
        Challenge.getEntityManager().flush();
        changes.put("challengeVersion", challenge.version);
        CaseHistory.record(lead, lead.caseState, identity.getPrincipal().getName(),
                "CHALLENGE_EDITED", changes);
        return challenge;
    }

    private static boolean changedAfter(CaseHistory row, long version) {
        Object after = row.details.get("challengeVersion");
        return after instanceof Number n && n.longValue() > version;
    }

    private JsonNode readObject(byte[] body, MediaType type) {
        try {
            JsonNode node = json.readTree(body == null ? "" : RequestBodies.text(body, type));
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (java.io.IOException e) {
            // answered below with the same refusal as any other body that is not an object
        }
        throw new InvalidRequestException(List.of(new FieldError("$", "BAD_JSON",
                "Expected a JSON object with version and the fields to change")));
    }

    private static Lead lead(String leadId) {
        long id = QueryParams.wholeNumber("leadId", leadId, 1, Long.MAX_VALUE, 0);
        return Lead.<Lead>findByIdOptional(id).orElseThrow(() -> new NotFoundException(
                "CASE_NOT_FOUND", "There is no case (lead) " + id));
    }
}
