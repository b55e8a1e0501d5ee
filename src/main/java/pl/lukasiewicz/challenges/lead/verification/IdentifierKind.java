package pl.lukasiewicz.challenges.lead.verification;

/** The Polish registry numbers a request may carry. */
public enum IdentifierKind {
    /** The tax identification number (NIP). */
    NIP,
    /** The statistical number of a business (REGON). */
    REGON
}
