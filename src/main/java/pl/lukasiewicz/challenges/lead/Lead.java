package pl.lukasiewicz.challenges.lead;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import pl.lukasiewicz.challenges.lead.classification.DeclaredNeed;
import pl.lukasiewicz.challenges.lead.classification.LeadClassification;
import pl.lukasiewicz.challenges.lead.verification.Finding;

/**
 * A sales lead (lead sprzedażowy): a request not yet qualified, kept as it arrived, with the
 * class the decision table suggested for it and the process instance that carries it on.
 */
@Entity
public class Lead extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public OffsetDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String organisationName;
    public String nip;
    public String contactPerson;
    public String email;
    public String phone;
    public String title;
    public String description;

    @Enumerated(EnumType.STRING)
    public DeclaredNeed declaredNeed;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<AttachmentMetadata> attachments;

    /** The request body exactly as it was received. */
    public String rawPayload;

    public String suggestedClass;

    @Column(name = "classification_reason")
    public String classificationReason;

    public String priority;
    public String processInstanceId;

    /** What the lead-verification rules found, blocking findings first. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Finding> verificationFindings = List.of();

    /** Where the case stands in the challenge process; its history is in case_history. */
    @Enumerated(EnumType.STRING)
    public CaseState caseState = CaseState.RECEIVED;

    @Version
    public long version;

    public static Lead receivedFrom(WebForm form, String rawPayload) {
        Lead lead = new Lead();
        lead.receivedAt = form.receivedAt().orElseGet(OffsetDateTime::now);
        lead.channel = form.channel();
        lead.organisationName = form.organisationName();
        lead.nip = form.nip().orElse(null);
        lead.contactPerson = form.contactPerson();
        lead.email = form.email();
        lead.phone = form.phone().orElse(null);
        lead.title = form.title();
        lead.description = form.description();
        lead.declaredNeed = form.declaredNeed();
        lead.attachments = form.attachments();
        lead.rawPayload = rawPayload;
        return lead;
    }

    /**
     * A request that came by e-mail: the client's address and name, the subject as title and
     * the readable text as description. The message says nothing of the organisation or the
     * need; verification says so.
     */
    public static Lead receivedByMail(Channel channel, String contactPerson, String email,
            String title, String description, List<AttachmentMetadata> attachments,
            String rawPayload) {
        Lead lead = new Lead();
        lead.receivedAt = OffsetDateTime.now();
        lead.channel = channel;
        lead.contactPerson = contactPerson;
        lead.email = email;
        lead.title = title;
        lead.description = description;
        lead.attachments = attachments;
        lead.rawPayload = rawPayload;
        return lead;
    }

    public void classifiedAs(LeadClassification suggested) {
        this.suggestedClass = suggested.leadClass();
        this.classificationReason = suggested.reason();
        this.priority = suggested.priority();
    }
}
