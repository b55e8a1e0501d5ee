package pl.lukasiewicz.challenges.lead.verification;

/** An open lead that a new request may repeat, as the caller found it. */
public record OpenLeadSummary(long id, String nip, String organisationName, String title) {
}
