package pl.lukasiewicz.challenges.lead.verification;

/**
 * Fact: a NIP or REGON the request gives, with the arithmetic already done.
 *
 * @param written the number as the client wrote it
 * @param digits its digits without prefix, spaces or dashes; null when it is not well formed
 * @param wellFormed whether it has the right number of digits (NIP: 10; REGON: 9 or 14)
 * @param checksumValid whether its check digits hold; false when it is not well formed
 */
public record Identifier(
        IdentifierKind kind, String written, String digits, boolean wellFormed,
        boolean checksumValid) {
}
