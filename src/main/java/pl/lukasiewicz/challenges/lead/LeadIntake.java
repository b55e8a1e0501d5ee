package pl.lukasiewicz.challenges.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import pl.lukasiewicz.challenges.lead.classification.LeadClassification;
import pl.lukasiewicz.challenges.lead.classification.LeadClassifier;
import pl.lukasiewicz.challenges.lead.classification.LeadText;
import pl.lukasiewicz.challenges.lead.verification.LeadVerifier;
import pl.lukasiewicz.challenges.process.LeadQualification;

/**
 * Takes a web-form request in: checks it, keeps it as a lead with its raw payload, has it
 * classified and verified and starts its process. All of it happens in one transaction, so a
 * request is either kept whole, with its decision-log rows and process instance, or not at
 * all.
 */
@ApplicationScoped
public class LeadIntake {

    @Inject
    LeadClassifier classifier;

    @Inject
    LeadQualification qualification;

    @Inject
    LeadVerifier verifier;

    @Transactional
    public Lead receive(String rawPayload, String caller) {
        WebForm form = WebFormReader.read(rawPayload);

        Lead lead = Lead.receivedFrom(form, rawPayload);
        lead.persist();

        LeadText text = new LeadText(form.organisationName(), form.title(), form.description(),
                form.declaredNeed().name());
        LeadClassification suggested = classifier.classify(text, lead.id, caller).suggested();
        lead.classifiedAs(suggested);
        lead.verificationFindings = verifier.verify(lead, caller).findings();

        lead.processInstanceId = qualification.startFor(lead.id, suggested.leadClass());
        return lead;
    }
}
