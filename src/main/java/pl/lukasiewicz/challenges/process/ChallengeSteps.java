package pl.lukasiewicz.challenges.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import pl.lukasiewicz.challenges.lead.CaseHistory;
import pl.lukasiewicz.challenges.challenge.Challenge;
import pl.lukasiewicz.challenges.challenge.Offer;
import pl.lukasiewicz.challenges.challenge.OfferCard;
import pl.lukasiewicz.challenges.challenge.OfferRevision;
import pl.lukasiewicz.challenges.deadline.PromisedDeadlines;
import pl.lukasiewicz.challenges.decision.DecisionOutcome;
import pl.lukasiewicz.challenges.decision.DecisionRequest;
import pl.lukasiewicz.challenges.decision.Decisions;
import pl.lukasiewicz.challenges.lead.CaseState;
import pl.lukasiewicz.challenges.lead.Lead;
import pl.lukasiewicz.challenges.lead.verification.Severity;

/**
 * The automatic steps of the challenge process (its service tasks). Each step gathers the
 * facts of the case, asks a decision model where the business decides, stores what came of
 * it, and writes a history row. None of them holds a business outcome itself.
 */
@ApplicationScoped
public class ChallengeSteps {

    /** How the process signs the steps it takes, in the history and the decision log. */
    public static final String ACTOR = "process:challenge_pu";
    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Logger LOG = Logger.getLogger(ChallengeSteps.class);

    @Inject
    Decisions decisions;

    @Inject
    PromisedDeadlines deadlines;

    @Transactional
    public void moveCase(Long leadId, String toState) {
        CaseHistory.record(lead(leadId), CaseState.valueOf(toState), ACTOR,
                "MOVED_TO_" + toState, Map.of());
    }

    /** The gateway after verification, decided by dmn/challenge-verification.dmn. */
    @Transactional
    public String decideVerification(Long leadId, String confirmedClass,
            Boolean clientConfirmedNeed) {
        Lead lead = lead(leadId);
        long blocking = lead.verificationFindings.stream()
                .filter(f -> f.severity() == Severity.BLOCKING).count();
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("confirmedClass", confirmedClass);
        inputs.put("clientConfirmedNeed", clientConfirmedNeed);
        inputs.put("blockingFindings", BigDecimal.valueOf(blocking));
        DecisionOutcome outcome = decide("challenge-verification", inputs, leadId);
        Map<String, Object> result = outcome.evaluation().structure("Verification outcome");
        String decided = required(result, "outcome", "challenge-verification");
        CaseHistory.record(lead, lead.caseState, ACTOR, "VERIFICATION_DECIDED",
                decisionDetails(outcome, Map.of("outcome", decided, "reason",
                        String.valueOf(result.get("reason")))));
        return decided;
    }

    @Transactional
    public void convertToOpportunity(Long leadId) {
        Lead lead = lead(leadId);
        Challenge challenge = new Challenge();
        challenge.leadId = leadId;
        challenge.title = lead.title;
        challenge.description = lead.description;
        challenge.persist();
        CaseHistory.record(lead, CaseState.OPPORTUNITY, ACTOR, "CONVERTED_TO_OPPORTUNITY",
                Map.of("challengeId", challenge.id));
    }

    /**
     * Asks dmn/challenge-routing.dmn for the host, the institutes to invite and the kind of
     * deadline, and gives the process the institutes whose card authors are asked: the host
     * first, then the invited ones.
     */
    @Transactional
    public List<String> assignHost(Long leadId, String technicalDomain,
            Boolean readyServiceExists) {
        Lead lead = lead(leadId);
        Challenge challenge = challenge(leadId);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("technicalDomain", technicalDomain);
        inputs.put("leadClass", "P+U");
        inputs.put("readyServiceExists", readyServiceExists);
        DecisionOutcome outcome = decide("challenge-routing", inputs, leadId);
        Map<String, Object> routing = outcome.evaluation().structure("Challenge routing");
        challenge.technicalDomain = technicalDomain;
        challenge.readyServiceExists = readyServiceExists;
        challenge.host = required(routing, "challengeHost", "challenge-routing");
        challenge.institutesInvited = texts(routing.get("institutesToInvite"));
        challenge.deadlineKind = required(routing, "deadlineKind", "challenge-routing");
        List<String> asked = new ArrayList<>();
        asked.add(challenge.host);
        challenge.institutesInvited.stream().filter(i -> !asked.contains(i)).forEach(asked::add);
        CaseHistory.record(lead, CaseState.HOST_ASSIGNED, ACTOR, "HOST_ASSIGNED",
                decisionDetails(outcome, Map.of("host", challenge.host,
                        "institutesAsked", asked, "deadlineKind", challenge.deadlineKind)));
        return asked;
    }

    /**
     * Publishes the challenge and sets its deadlines: the host's reminder and the answer
     * deadline, which the process waits for as signals (see {@link DeadlineWatch}).
     */
    @Transactional
    public void publishChallenge(Long leadId) {
        Lead lead = lead(leadId);
        Challenge challenge = challenge(leadId);
        ZonedDateTime now = ZonedDateTime.now(WARSAW);
        PromisedDeadlines.Deadline deadline = deadlines.forPublication(
                lead.receivedAt.atZoneSameInstant(WARSAW), challenge.deadlineKind, now);
        challenge.publishedAt = now.toOffsetDateTime();
        challenge.answersDue = deadline.dueBefore().toOffsetDateTime();
        challenge.hostRemindedFrom = deadline.remindFrom().toOffsetDateTime();
        CaseHistory.record(lead, CaseState.PUBLISHED, ACTOR, "PUBLISHED_ON_INTRANET",
                Map.of("answersDue", challenge.answersDue.toString(),
                        "hostRemindedFrom", challenge.hostRemindedFrom.toString()));
        CaseDeadline.set(leadId, lead.processInstanceId, CaseDeadline.Kind.HOST_REMINDER,
                challenge.hostRemindedFrom);
        CaseDeadline.set(leadId, lead.processInstanceId, CaseDeadline.Kind.ANSWERS_DUE,
                challenge.answersDue);
    }

    @Transactional
    public void remindHost(Long leadId) {
        Lead lead = lead(leadId);
        Challenge challenge = challenge(leadId);
        LOG.infof("Reminding the host of challenge %d: answers due %s", challenge.id,
                challenge.answersDue);
        CaseHistory.record(lead, lead.caseState, ACTOR, "HOST_REMINDED",
                Map.of("host", challenge.host, "answersDue", challenge.answersDue.toString()));
    }

    /**
     * Closes the institutes' answers: every asked institute answered, or the deadline came
     * (the case then escalates to the host and central sales).
     */
    @Transactional
    public void closeAnswers(Long leadId, String because) {
        Lead lead = lead(leadId);
        Challenge challenge = challenge(leadId);
        challenge.answersClosedAt = OffsetDateTime.now();
        challenge.answersClosedBecause = because;
        CaseDeadline.cancelWaiting(leadId);
        String action = "DEADLINE".equals(because) ? "ESCALATED_ANSWER_DEADLINE"
                : "ALL_INSTITUTES_ANSWERED";
        CaseHistory.record(lead, lead.caseState, ACTOR, action,
                Map.of("offerCards", OfferCard.of(challenge.id).size()));
    }

    /** The gateway "at least one card?", decided by dmn/challenge-answers.dmn. */
    @Transactional
    public String decideAnswers(Long leadId) {
        Lead lead = lead(leadId);
        int cards = OfferCard.of(challenge(leadId).id).size();
        DecisionOutcome outcome = decide("challenge-answers",
                Map.of("offerCards", BigDecimal.valueOf(cards)), leadId);
        Map<String, Object> result = outcome.evaluation().structure("Answers outcome");
        String decided = required(result, "outcome", "challenge-answers");
        CaseHistory.record(lead, "MAKE_OFFER".equals(decided)
                        ? CaseState.OFFER_IN_PREPARATION : lead.caseState,
                ACTOR, "ANSWERS_DECIDED", decisionDetails(outcome,
                        Map.of("outcome", decided, "offerCards", cards)));
        return decided;
    }

    /** Builds the offer; dmn/offer-decisions.dmn says which approval it needs and its validity. */
    @Transactional
    public void prepareOffer(Long leadId, String offerKind, String netValuePln,
            String discountPercent) {
        Lead lead = lead(leadId);
        Challenge challenge = challenge(leadId);
        Offer offer = new Offer();
        offer.challengeId = challenge.id;
        offer.offerKind = offerKind;
        offer.revision = 0;
        DecisionOutcome outcome = revise(offer, new BigDecimal(netValuePln),
                discountPercent == null ? BigDecimal.ZERO : new BigDecimal(discountPercent),
                null, leadId);
        offer.status = "PREPARED";
        offer.persist();
        writeRevision(offer, null, ACTOR);
        CaseHistory.record(lead, CaseState.OFFER_READY, ACTOR, "OFFER_PREPARED",
                decisionDetails(outcome, Map.of("approval", offer.approval,
                        "validUntil", offer.validUntil.toString(),
                        "netValuePln", offer.netValuePln.toPlainString())));
    }

    /**
     * After a round of negotiation: a changed price is a new revision with its approval and
     * validity decided again; the client's answer gets its status from the offer-decisions
     * table, which the gateway "did the client accept?" follows.
     */
    @Transactional
    public String decideOfferStatus(Long leadId, String clientAnswer, String netValuePln,
            String discountPercent, String scopeNote) {
        Lead lead = lead(leadId);
        Offer offer = Offer.ofChallenge(challenge(leadId).id).orElseThrow();
        BigDecimal value = netValuePln == null ? offer.netValuePln : new BigDecimal(netValuePln);
        BigDecimal discount = discountPercent == null ? offer.discountPercent
                : new BigDecimal(discountPercent);
        if (value.compareTo(offer.netValuePln) != 0
                || discount.compareTo(offer.discountPercent) != 0) {
            revise(offer, value, discount, scopeNote, leadId);
            writeRevision(offer, scopeNote, ACTOR);
        }
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("clientAnswer", clientAnswer);
        inputs.put("answeredAt", "NONE".equals(clientAnswer) ? null : now.toZonedDateTime());
        inputs.put("validUntil", offer.validUntil);
        inputs.put("checkedAt", now.toZonedDateTime());
        DecisionOutcome outcome = decide("offer-decisions", inputs, leadId);
        Map<String, Object> status = outcome.evaluation()
                .structure("Offer status on client answer");
        String decided = required(status, "status", "offer-decisions");
        offer.status = decided;
        offer.clientAnswer = clientAnswer;
        offer.answeredAt = "NONE".equals(clientAnswer) ? null : now;
        CaseHistory.record(lead, lead.caseState, ACTOR, "OFFER_STATUS_DECIDED",
                decisionDetails(outcome, Map.of("status", decided, "revision", offer.revision,
                        "clientAnswer", String.valueOf(clientAnswer))));
        return decided;
    }

    private DecisionOutcome revise(Offer offer, BigDecimal netValue, BigDecimal discount,
            String scopeNote, long leadId) {
        LocalDate today = LocalDate.now(WARSAW);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("netValue", netValue);
        inputs.put("discountPercent", discount);
        inputs.put("offerKind", offer.offerKind);
        inputs.put("offerDate", today);
        DecisionOutcome outcome = decide("offer-decisions", inputs, leadId);
        offer.netValuePln = netValue;
        offer.discountPercent = discount;
        offer.offerDate = today;
        offer.approval = required(outcome.evaluation().structure("Offer approval"), "approval",
                "offer-decisions");
        offer.validUntil = LocalDate.parse(required(outcome.evaluation()
                .structure("Offer validity"), "validUntil", "offer-decisions"));
        offer.revision += 1;
        return outcome;
    }

    private static void writeRevision(Offer offer, String scopeNote, String by) {
        OfferRevision revision = new OfferRevision();
        revision.offerId = offer.id;
        revision.revision = offer.revision;
        revision.netValuePln = offer.netValuePln;
        revision.discountPercent = offer.discountPercent;
        revision.scopeNote = scopeNote;
        revision.revisedBy = by;
        revision.revisedAt = OffsetDateTime.now();
        revision.persist();
    }

    private DecisionOutcome decide(String model, Map<String, Object> inputs, long leadId) {
        return decisions.decide(new DecisionRequest(model, inputs, leadId, ACTOR, Map.of()));
    }

    private static Map<String, Object> decisionDetails(DecisionOutcome outcome,
            Map<String, Object> decided) {
        Map<String, Object> details = new LinkedHashMap<>(decided);
        details.put("model", outcome.modelName());
        details.put("modelVersion", outcome.modelVersion());
        details.put("decisionLogRow", outcome.logEntryId());
        return details;
    }

    private static String required(Map<String, Object> result, String field, String model) {
        Object value = result.get(field);
        if (value == null) {
            throw new IllegalStateException(model + " decided no " + field + " for this case: "
                    + result);
        }
        return value.toString();
    }

    private static List<String> texts(Object list) {
        if (list == null) {
            return List.of();
        }
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static Lead lead(long leadId) {
        return Lead.<Lead>findByIdOptional(leadId)
                .orElseThrow(() -> new IllegalStateException("No lead " + leadId));
    }

    private static Challenge challenge(long leadId) {
        return Challenge.ofLead(leadId)
                .orElseThrow(() -> new IllegalStateException("Lead " + leadId
                        + " has no challenge"));
    }
}
