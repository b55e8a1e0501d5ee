package pl.lukasiewicz.challenges.lead;

import pl.lukasiewicz.challenges.lead.classification.DeclaredNeed;
import java.time.OffsetDateTime;
import java.util.List;
import pl.lukasiewicz.challenges.lead.verification.Finding;

/** A lead as the API shows it: the request, its suggested class and its process. */
public record LeadView(
        long id, OffsetDateTime receivedAt, Channel channel,
        String organisationName, String nip, String contactPerson, String email, String phone,
        String title, String description, DeclaredNeed declaredNeed,
        List<AttachmentMetadata> attachments,
        Classification classification, List<Finding> verificationFindings,
        ProcessView process) {

    /** The class the decision table suggested, and why. */
    public record Classification(String leadClass, String reason, String priority) {
    }

    /** The process instance carrying the lead and its state. */
    public record ProcessView(String id, String state) {
    }

    public static LeadView of(Lead lead, String processState) {
        return new LeadView(lead.id, lead.receivedAt, lead.channel, lead.organisationName,
                lead.nip, lead.contactPerson, lead.email, lead.phone, lead.title,
                lead.description, lead.declaredNeed, lead.attachments,
                new Classification(lead.suggestedClass, lead.classificationReason,
                        lead.priority),
                lead.verificationFindings,
                new ProcessView(lead.processInstanceId, processState));
    }
}
