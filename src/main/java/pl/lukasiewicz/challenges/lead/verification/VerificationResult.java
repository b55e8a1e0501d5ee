package pl.lukasiewicz.challenges.lead.verification;

import java.util.List;

/**
 * What verification found about one request, and which rules of which rule file found it.
 *
 * @param findings the findings, blocking ones first, then by code
 * @param firedRules the names of the rules that fired, in firing order, including the rules
 *     that only establish who the client is
 * @param ruleSetHash SHA-256 of the rule file that decided
 */
public record VerificationResult(
        List<Finding> findings, List<String> firedRules, String ruleSetHash) {

    /** The codes of the findings, in the findings' order. */
    public List<String> codes() {
        return findings.stream().map(Finding::code).toList();
    }
}
