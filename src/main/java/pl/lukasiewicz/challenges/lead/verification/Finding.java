package pl.lukasiewicz.challenges.lead.verification;

/**
 * What a verification rule found about a request. Rules insert findings; Java only reads them.
 *
 * @param code a stable upper-case English code a program can match, e.g. {@code NIP_MISSING}
 * @param severity how much it holds the lead back
 * @param field the request field it is about, e.g. {@code nip} or {@code email}
 * @param reason what was found and what to do, in Polish, for the analyst and the salesperson
 */
public record Finding(String code, Severity severity, String field, String reason) {
}
