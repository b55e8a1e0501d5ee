package pl.lukasiewicz.challenges.lead.verification;

/**
 * Fact: an open lead the request may repeat.
 *
 * @param nip the open lead's NIP digits; null when it has none
 * @param normalisedOrganisationName its organisation's name normalised as the request's is
 * @param titleSimilarity how alike the two titles are, from 0 (no word shared) to 1 (the same
 *     words), see {@link TitleSimilarity}
 */
public record OpenLead(
        long id, String nip, String organisationName, String normalisedOrganisationName,
        String title, double titleSimilarity) {
}
