package pl.lukasiewicz.challenges.lead.classification;

import java.util.Set;

/**
 * One word of a request's text with its possible dictionary forms (lemmas).
 *
 * @param text the word as it appeared in the text, case kept
 * @param lemmas the lower-case dictionary forms the word may come from; never empty
 * @param followsBreak whether punctuation (a full stop, comma, bracket, dash…) stands between
 *     this word and the one before it; a phrase never runs across such a break
 * @param start where the word starts in the text it was read from
 * @param end where the word ends (exclusive) in the text it was read from
 */
public record Token(String text, Set<String> lemmas, boolean followsBreak, int start, int end) {

    public Token {
        lemmas = Set.copyOf(lemmas);
        if (lemmas.isEmpty()) {
            throw new IllegalArgumentException("A token needs at least one lemma: " + text);
        }
    }

    /** Whether this word may be a form of any of the given lemmas. */
    public boolean mayBeAnyOf(Set<String> wanted) {
        for (String lemma : wanted) {
            if (lemmas.contains(lemma)) {
                return true;
            }
        }
        return false;
    }
}
