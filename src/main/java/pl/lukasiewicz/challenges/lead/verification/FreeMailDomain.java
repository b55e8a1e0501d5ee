package pl.lukasiewicz.challenges.lead.verification;

/** Fact: a line of {@code rules/free-mail-domains.txt} that the sender's domain matched. */
public record FreeMailDomain(String domain) {
}
