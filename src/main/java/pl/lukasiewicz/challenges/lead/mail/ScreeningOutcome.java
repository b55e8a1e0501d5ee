package pl.lukasiewicz.challenges.lead.mail;

/**
 * What a mail-screening rule decided about a message: a stable code, what to do with it, and
 * a reason in Polish for the person who looks at the quarantine.
 */
public record ScreeningOutcome(String code, Disposition disposition, String reason) {

    /** What becomes of the message. */
    public enum Disposition {
        /** Not a request: kept in the quarantine with the reason, no lead. */
        QUARANTINE,
        /** A network institute forwarded a client's request: the client is the original sender. */
        FORWARDED_BY_INSTITUTE
    }
}
