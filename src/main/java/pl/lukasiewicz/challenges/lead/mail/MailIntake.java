package pl.lukasiewicz.challenges.lead.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pl.lukasiewicz.challenges.attachment.Attachment;
import pl.lukasiewicz.challenges.attachment.ContentSniffer;
import pl.lukasiewicz.challenges.lead.AttachmentMetadata;
import pl.lukasiewicz.challenges.lead.Channel;
import pl.lukasiewicz.challenges.lead.Lead;
import pl.lukasiewicz.challenges.lead.LeadIntake;
import pl.lukasiewicz.challenges.lead.LeadView;
import pl.lukasiewicz.challenges.lead.WebFormReader;
import pl.lukasiewicz.challenges.lead.mail.MailReceipt.Outcome;
import pl.lukasiewicz.challenges.lead.mail.ScreeningOutcome.Disposition;
import pl.lukasiewicz.challenges.process.ChallengeProcess;

/**
 * Takes a raw e-mail message in. In one transaction: the same message again is found by its
 * key and answered with what it made the first time; an unreadable message and one the
 * screening rules hold back go to the quarantine with the reason; a reply to a known lead is
 * kept with that lead; any other message becomes a lead through {@link LeadIntake}, like a
 * web-form request, with its files and its bytes.
 */
@ApplicationScoped
public class MailIntake {


    private static final Logger LOG = Logger.getLogger(MailIntake.class);
    private static final String CUT_NOTE =
            "\n\n[…] (tekst skrócony; cała wiadomość jest zachowana)";

    @Inject
    LeadIntake leads;

    @Inject
    MailScreening screening;

    @Inject
    EntityManager entityManager;

    @Inject
    ChallengeProcess qualification;

    @ConfigProperty(name = "challenges.mail.max-attachment-bytes", defaultValue = "10485760")
    long maxAttachmentBytes;

    /**
     * Takes a raw message in for the signed-in caller, whose name the decision log and the
     * case history record.
     */
    @Transactional
    public MailReceipt receive(byte[] raw, String caller) {
        String contentHash = sha256(raw);
        ReceivedMail mail;
        try {
            mail = MailReader.read(raw);
        } catch (UnreadableMailException e) {
            return unreadable(raw, contentHash, e.code(), e.getMessage());
        }
        String key = mail.messageId() == null ? contentHash : keyOf(mail.messageId());
        oneAtATime(key);

        Optional<MailReceipt> earlier = earlier(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<ScreeningOutcome> outcomes = screening.screen(mail, caller);
        Optional<ScreeningOutcome> held = outcomes.stream()
                .filter(outcome -> outcome.disposition() == Disposition.QUARANTINE)
                .findFirst();
        if (held.isPresent()) {
            return quarantined(raw, contentHash, key, mail, held.get().code(),
                    held.get().reason(), Outcome.QUARANTINED);
        }
        Optional<MailMessage> thread = MailMessage.firstWithKeyIn(
                mail.referencedIds().stream().map(MailIntake::keyOf).toList());
        if (thread.isPresent()) {
            return addedToLead(raw, contentHash, key, mail, thread.get().leadId);
        }
        boolean forwardedByInstitute = outcomes.stream()
                .anyMatch(outcome -> outcome.disposition() == Disposition.FORWARDED_BY_INSTITUTE);
        return newLead(raw, contentHash, key, mail, forwardedByInstitute, caller);
    }

    /**
     * Keeps a message whose intake failed for a reason of the service's own, in a transaction
     * of its own, so that it is not lost with the failed one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MailReceipt keepAfterFailure(byte[] raw, RuntimeException failure) {
        String contentHash = sha256(raw);
        String key = sha256(("failed:" + contentHash + ":" + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8));
        return quarantined(raw, contentHash, key, null, "INTAKE_FAILED",
                "The service could not take the message in (" + failure.getClass().getSimpleName()
                        + "); it is kept and can be posted again", Outcome.UNREADABLE);
    }

    private MailReceipt unreadable(byte[] raw, String contentHash, String code, String reason) {
        oneAtATime(contentHash);
        Optional<QuarantinedMail> earlier = QuarantinedMail.withKey(contentHash);
        if (earlier.isPresent()) {
            return new MailReceipt(Outcome.UNREADABLE, null, QuarantineView.of(earlier.get()));
        }
        return quarantined(raw, contentHash, contentHash, null, code, reason, Outcome.UNREADABLE);
    }

    private Optional<MailReceipt> earlier(String key) {
        Optional<MailMessage> kept = MailMessage.withKey(key);
        if (kept.isPresent()) {
            Lead lead = Lead.findById(kept.get().leadId);
            LOG.infof("Mail message %d received again; it belongs to lead %d", kept.get().id,
                    lead.id);
            return Optional.of(new MailReceipt(Outcome.ALREADY_RECEIVED, leadViewOf(lead), null));
        }
        return QuarantinedMail.withKey(key).map(held -> new MailReceipt(
                unreadableCodes(held.reasonCode) ? Outcome.UNREADABLE : Outcome.QUARANTINED,
                null, QuarantineView.of(held)));
    }

    private static boolean unreadableCodes(String code) {
        return List.of("EMPTY_MESSAGE", "NOT_A_MESSAGE", "UNPARSEABLE", "INTAKE_FAILED")
                .contains(code);
    }

    private MailReceipt quarantined(byte[] raw, String contentHash, String key, ReceivedMail mail,
            String code, String reason, Outcome outcome) {
        QuarantinedMail held = new QuarantinedMail();
        held.messageKey = key;
        held.messageId = mail == null ? null : mail.messageId();
        held.reasonCode = code;
        held.reason = reason;
        held.sender = mail == null || mail.sender() == null ? null
                : cut(mail.sender().address(), 254);
        held.subject = mail == null ? null : mail.subject();
        held.receivedAt = OffsetDateTime.now();
        held.contentSha256 = contentHash;
        held.raw = raw;
        held.persist();
        LOG.infof("Mail message quarantined as entry %d: %s", held.id, code);
        return new MailReceipt(outcome, null, QuarantineView.of(held));
    }

    private MailReceipt addedToLead(byte[] raw, String contentHash, String key,
            ReceivedMail mail, long leadId) {
        keepMessage(raw, contentHash, key, mail, leadId, MailMessage.Role.REPLY);
        keepFiles(mail.allFiles(), leadId);
        Lead lead = Lead.findById(leadId);
        LOG.infof("Mail reply added to lead %d", leadId);
        return new MailReceipt(Outcome.ADDED_TO_LEAD, leadViewOf(lead), null);
    }

    private MailReceipt newLead(byte[] raw, String contentHash, String key, ReceivedMail mail,
            boolean forwardedByInstitute, String caller) {
        MailAddress client = forwardedByInstitute ? mail.originalSender().get() : mail.sender();
        List<MailFile> files = mail.allFiles();
        Lead lead = Lead.receivedByMail(
                forwardedByInstitute ? Channel.EMAIL_FORWARDED_BY_INSTITUTE : Channel.EMAIL,
                cut(client.name(), 200), cut(client.address(), 254), title(mail),
                description(mail), files.stream().map(this::metadataOf).toList(),
                new String(raw, StandardCharsets.UTF_8).replace("\u0000", ""));

        leads.admit(lead, caller);
        keepMessage(raw, contentHash, key, mail, lead.id, MailMessage.Role.REQUEST);
        keepFiles(files, lead.id);
        LOG.infof("Lead %d received by %s, suggested %s, %d file(s)", lead.id, lead.channel,
                lead.suggestedClass, files.size());
        return new MailReceipt(Outcome.LEAD_CREATED, leadViewOf(lead), null);
    }

    private void keepMessage(byte[] raw, String contentHash, String key, ReceivedMail mail,
            long leadId, MailMessage.Role role) {
        MailMessage message = new MailMessage();
        message.messageKey = key;
        message.messageId = mail.messageId();
        message.leadId = leadId;
        message.role = role;
        message.sender = mail.sender() == null ? null : cut(mail.sender().address(), 254);
        message.subject = mail.subject();
        message.receivedAt = OffsetDateTime.now();
        message.contentSha256 = contentHash;
        message.raw = raw;
        message.persist();
    }

    private void keepFiles(List<MailFile> files, long leadId) {
        for (MailFile file : files) {
            Attachment attachment = new Attachment();
            attachment.leadId = leadId;
            attachment.fileName = file.fileName();
            attachment.declaredContentType = cut(file.declaredType(), 127);
            attachment.detectedContentType = ContentSniffer.typeOf(file.content()).orElse(null);
            attachment.contentTypeCheck = ContentSniffer.check(file.declaredType(), file.content());
            attachment.sizeBytes = file.content().length;
            attachment.sha256 = sha256(file.content());
            if (file.content().length > maxAttachmentBytes) {
                attachment.notStoredReason = "ATTACHMENT_TOO_LARGE: " + file.content().length
                        + " bytes, more than the " + maxAttachmentBytes + " kept per file;"
                        + " the whole message is kept with the lead";
            } else {
                attachment.content = file.content();
            }
            attachment.receivedAt = OffsetDateTime.now();
            attachment.persist();
        }
    }

    private AttachmentMetadata metadataOf(MailFile file) {
        return new AttachmentMetadata(file.fileName(), file.declaredType(),
                file.content().length);
    }

    /** The subject without the Re:/Fwd: marks mail programs add, in several languages. */
    static String title(ReceivedMail mail) {
        ReceivedMail source = mail.attachedMessage().filter(m -> m.subject() != null)
                .orElse(mail);
        String subject = source.subject() == null ? mail.subject() : source.subject();
        if (subject == null) {
            return null;
        }
        String title = subject.replaceAll(
                "(?iu)^(\\s*(re|fwd?|fw|odp|pd|tr|aw|wg|rv|sv|vs)\\s*(\\[\\d+\\])?\\s*:\\s*)+", "")
                .strip();
        return title.isEmpty() ? null : cut(title, WebFormReader.MAX_TITLE);
    }

    /** What a person reads: the message's text, then the text of each message it forwards. */
    static String description(ReceivedMail mail) {
        StringBuilder text = new StringBuilder(mail.text());
        Optional<ReceivedMail> forwarded = mail.attachedMessage();
        while (forwarded.isPresent()) {
            ReceivedMail inner = forwarded.get();
            text.append(text.isEmpty() ? "" : "\n\n").append("---------- Przekazana wiadomość")
                    .append(" ----------\n");
            if (inner.sender() != null) {
                text.append("Od: ").append(inner.sender().name() == null ? ""
                        : inner.sender().name() + " ").append('<')
                        .append(inner.sender().address()).append(">\n");
            }
            if (inner.subject() != null) {
                text.append("Temat: ").append(inner.subject()).append('\n');
            }
            text.append('\n').append(inner.text());
            forwarded = inner.attachedMessage();
        }
        String description = text.toString().strip();
        if (description.length() > WebFormReader.MAX_DESCRIPTION) {
            description = description.substring(0,
                    WebFormReader.MAX_DESCRIPTION - CUT_NOTE.length()) + CUT_NOTE;
        }
        return description;
    }

    /** Serialises intakes of the same message, so that two at once still make one lead. */
    private void oneAtATime(String key) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, Long.parseLong(key.substring(0, 15), 16))
                .getSingleResult();
    }

    static String keyOf(String messageId) {
        return sha256(("message-id:" + messageId).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private LeadView leadViewOf(Lead lead) {
        return LeadView.of(lead, lead.processInstanceId == null ? null
                : qualification.stateOf(lead.processInstanceId));
    }
}
