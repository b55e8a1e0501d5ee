package pl.lukasiewicz.challenges.lead.verification;

/**
 * Fact: an institute of the network (or its Centre) and its e-mail domain, named by the first
 * line of {@code rules/network-institutes.txt} with that domain.
 */
public record NetworkInstitute(String name, String domain) {
}
