package pl.lukasiewicz.challenges.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import pl.lukasiewicz.challenges.lead.classification.LeadClassification;
import pl.lukasiewicz.challenges.lead.classification.LeadClassifier;
import pl.lukasiewicz.challenges.lead.classification.LeadText;
import pl.lukasiewicz.challenges.lead.verification.LeadVerifier;
import pl.lukasiewicz.challenges.process.ChallengeProcess;

/**
 * Takes a request in: keeps it as a lead with its raw payload, has it classified and verified
 * and starts its process. All of it happens in one transaction, so a request is either kept
 * whole, with its decision-log rows and process instance, or not at all. The web form comes
 * in through {@link #receive}; other channels (e-mail) make their lead and pass it to
 * {@link #admit}, so every lead goes through the same steps.
 */
@ApplicationScoped
public class LeadIntake {

    @Inject
    LeadClassifier classifier;

    @Inject
    ChallengeProcess qualification;

    @Inject
    LeadVerifier verifier;

    @Transactional
    public Lead receive(String rawPayload, String caller) {
        WebForm form = WebFormReader.read(rawPayload);

        Lead lead = Lead.receivedFrom(form, rawPayload);
        return admit(lead, caller);
    }

    /** Keeps a new lead of any channel, classifies and verifies it and starts its process. */
    @Transactional
    public Lead admit(Lead lead, String caller) {
        lead.persist();

        LeadText text = new LeadText(lead.organisationName, lead.title, lead.description,
                lead.declaredNeed == null ? null : lead.declaredNeed.name());
        LeadClassification suggested = classifier.classify(text, lead.id, caller).suggested();
        lead.classifiedAs(suggested);
        lead.verificationFindings = verifier.verify(lead, caller).findings();

        CaseHistory.record(lead, CaseState.RECEIVED, caller, "LEAD_RECEIVED",
                Map.of("channel", lead.channel.name(), "suggestedClass",
                        String.valueOf(suggested.leadClass())));
        lead.processInstanceId = qualification.startFor(lead.id, lead.channel.name());
        return lead;
    }
}
