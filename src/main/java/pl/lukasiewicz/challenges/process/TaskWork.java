package pl.lukasiewicz.challenges.process;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pl.lukasiewicz.challenges.challenge.Challenge;
import pl.lukasiewicz.challenges.challenge.OfferCard;
import pl.lukasiewicz.challenges.lead.CaseHistory;
import pl.lukasiewicz.challenges.lead.Lead;
import pl.lukasiewicz.challenges.web.InvalidRequestException;
import pl.lukasiewicz.challenges.web.JsonFieldReader;

/**
 * What completing each user task takes and what it changes: the data is checked field by
 * field (every problem named at once), the case is updated, a history row says who did it,
 * and the values the process needs next are handed back as the task's outputs.
 */
@ApplicationScoped
public class TaskWork {

    enum OfferKind { READY_SERVICE, CUSTOM_SERVICE }

    enum ClientAnswer { ACCEPTED, REJECTED, NONE }

    private static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public Map<String, Object> apply(TaskView task, JsonNode data, String actor) {
        JsonFieldReader fields = JsonFieldReader.of(data);
        Map<String, Object> outputs = new HashMap<>();
        Map<String, Object> recorded = new LinkedHashMap<>();
        Lead lead = Lead.findById(task.leadId());
        switch (task.task()) {
            case "VerifyChallenge" -> {
                fields.rejectUnknownFields(Set.of("confirmedClass", "clientConfirmedNeed",
                        "note"));
                Optional<String> confirmed = fields.requiredText("confirmedClass", 20)
                        .flatMap(c -> classOf(c, fields));
                Optional<Boolean> need = fields.requiredBoolean("clientConfirmedNeed");
                note(fields, recorded);
                stopOn(fields);
                outputs.put("confirmedClass", confirmed.get());
                outputs.put("clientConfirmedNeed", need.get());
                recorded.putAll(outputs);
            }
            case "CompleteOpportunity" -> {
                fields.rejectUnknownFields(Set.of("technicalDomain", "readyServiceExists",
                        "description", "note"));
                Optional<String> domain = fields.optionalText("technicalDomain", 40);
                Optional<Boolean> ready = fields.requiredBoolean("readyServiceExists");
                Optional<String> description = fields.optionalText("description", 20_000);
                note(fields, recorded);
                stopOn(fields);
                description.ifPresent(d -> challengeOf(lead).description = d);
                outputs.put("technicalDomain", domain.orElse(null));
                outputs.put("readyServiceExists", ready.get());
                recorded.put("technicalDomain", domain.orElse(null));
                recorded.put("readyServiceExists", ready.get());
            }
            case "PrepareChallenge" -> {
                fields.rejectUnknownFields(Set.of("description", "note"));
                Optional<String> description = fields.optionalText("description", 20_000);
                note(fields, recorded);
                stopOn(fields);
                description.ifPresent(d -> challengeOf(lead).description = d);
                recorded.put("descriptionChanged", description.isPresent());
            }
            case "AnswerChallenge" -> answer(task, fields, lead, actor, recorded);
            case "CreateOffer" -> {
                fields.rejectUnknownFields(Set.of("offerKind", "netValuePln",
                        "discountPercent", "note"));
                Optional<OfferKind> kind = fields.requiredChoice("offerKind", OfferKind.class);
                Optional<BigDecimal> value = fields.requiredDecimal("netValuePln",
                        BigDecimal.ZERO, MAX_MONEY, 2);
                Optional<BigDecimal> discount = optionalDecimal(fields, "discountPercent",
                        HUNDRED);
                note(fields, recorded);
                stopOn(fields);
                outputs.put("offerKind", kind.get().name());
                outputs.put("netValuePln", value.get().toPlainString());
                outputs.put("discountPercent", discount.map(BigDecimal::toPlainString)
                        .orElse("0.00"));
                recorded.putAll(outputs);
            }
            case "Negotiate" -> {
                fields.rejectUnknownFields(Set.of("clientAnswer", "netValuePln",
                        "discountPercent", "scopeNote"));
                Optional<ClientAnswer> answer = fields.requiredChoice("clientAnswer",
                        ClientAnswer.class);
                Optional<BigDecimal> value = optionalDecimal(fields, "netValuePln", MAX_MONEY);
                Optional<BigDecimal> discount = optionalDecimal(fields, "discountPercent",
                        HUNDRED);
                Optional<String> scope = fields.optionalText("scopeNote", 5_000);
                stopOn(fields);
                outputs.put("clientAnswer", answer.get().name());
                outputs.put("netValuePln", value.map(BigDecimal::toPlainString).orElse(null));
                outputs.put("discountPercent",
                        discount.map(BigDecimal::toPlainString).orElse(null));
                outputs.put("scopeNote", scope.orElse(null));
                recorded.putAll(outputs);
            }
            default -> {
                fields.rejectUnknownFields(Set.of("note"));
                note(fields, recorded);
                stopOn(fields);
            }
        }
        recorded.put("task", task.task());
        recorded.put("taskId", task.id());
        CaseHistory.record(lead, lead.caseState, actor, "TASK_COMPLETED", recorded);
        return outputs;
    }

    /** A card author's answer: an offer card, or a reasoned "no card" from the institute. */
    private static void answer(TaskView task, JsonFieldReader fields, Lead lead, String actor,
            Map<String, Object> recorded) {
        fields.rejectUnknownFields(Set.of("offersCard", "scope", "roughPricePln",
                "durationDays", "note"));
        Optional<Boolean> offers = fields.requiredBoolean("offersCard");
        if (offers.isPresent() && offers.get()) {
            Optional<String> scope = fields.requiredText("scope", 5_000);
            Optional<BigDecimal> price = fields.requiredDecimal("roughPricePln",
                    BigDecimal.ZERO, MAX_MONEY, 2);
            Optional<Long> days = fields.requiredWholeNumber("durationDays", 1, 3_650);
            stopOn(fields);
            OfferCard card = new OfferCard();
            card.challengeId = challengeOf(lead).id;
            card.institute = task.institute();
            card.author = actor;
            card.scope = scope.get();
            card.roughPricePln = price.get();
            card.durationDays = days.get().intValue();
            card.submittedAt = OffsetDateTime.now();
            card.persist();
            recorded.put("offerCardId", card.id);
            recorded.put("roughPricePln", card.roughPricePln.toPlainString());
        } else {
            note(fields, recorded);
            stopOn(fields);
        }
        recorded.put("institute", task.institute());
        recorded.put("offersCard", offers.orElse(false));
    }

    private static Optional<String> classOf(String text, JsonFieldReader fields) {
        return switch (text) {
            case "P+U", "B+R", "STANDARD_SALE", "REJECT" -> Optional.of(text);
            default -> {
                fields.reject(fields.pathOf("confirmedClass"), "NOT_ONE_OF",
                        "Expected one of [P+U, B+R, STANDARD_SALE, REJECT] but got '"
                                + text + "'");
                yield Optional.empty();
            }
        };
    }

    private static Optional<BigDecimal> optionalDecimal(JsonFieldReader fields, String field,
            BigDecimal max) {
        return fields.has(field) ? fields.requiredDecimal(field, BigDecimal.ZERO, max, 2)
                : Optional.empty();
    }

    private static void note(JsonFieldReader fields, Map<String, Object> recorded) {
        fields.optionalText("note", 5_000).ifPresent(n -> recorded.put("note", n));
    }

    private static void stopOn(JsonFieldReader fields) {
        List<pl.lukasiewicz.challenges.web.FieldError> errors = fields.errors();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static Challenge challengeOf(Lead lead) {
        return Challenge.ofLead(lead.id).orElseThrow(() -> new IllegalStateException(
                "Lead " + lead.id + " has no challenge"));
    }
}
