package pl.lukasiewicz.challenges.lead.mail;

import com.fasterxml.jackson.annotation.JsonInclude;
import pl.lukasiewicz.challenges.lead.LeadView;

/**
 * What became of a posted message: a new lead, the lead it had already made, the lead of its
 * thread, or a quarantine entry with the reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MailReceipt(Outcome outcome, LeadView lead, QuarantineView quarantine) {

    public enum Outcome {
        /** A new lead was made from the message. */
        LEAD_CREATED,
        /** The message had come before; the lead it made is returned, nothing new is kept. */
        ALREADY_RECEIVED,
        /** A reply in the thread of a known lead, kept with that lead. */
        ADDED_TO_LEAD,
        /** Not a request; kept in the quarantine with the reason. */
        QUARANTINED,
        /** Not readable as a message; kept in the quarantine with the reason. */
        UNREADABLE
    }
}
