package pl.lukasiewicz.challenges.lead.verification;

/**
 * Fact: one way of writing an institute's name, from a line of
 * {@code rules/network-institutes.txt}.
 *
 * @param normalisedName the name normalised as a request's organisation name is
 * @param institute the institute's main name, to show in a finding
 */
public record NetworkInstituteName(String normalisedName, String institute) {
}
