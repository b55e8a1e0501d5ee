package pl.lukasiewicz.challenges.lead.verification;

/** Fact: a line of {@code rules/disposable-mail-domains.txt} that the sender's domain matched. */
public record DisposableMailDomain(String domain) {
}
