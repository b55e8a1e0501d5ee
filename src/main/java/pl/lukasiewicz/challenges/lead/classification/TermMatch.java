package pl.lukasiewicz.challenges.lead.classification;

import java.util.List;

/**
 * A place in a text where a listed term was found.
 *
 * @param term the term from the list
 * @param words the words of the text it covers, in order
 */
public record TermMatch(Term term, List<Token> words) {

    public TermMatch {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("A match covers at least one word: " + term);
        }
    }

    /** The matched words exactly as they appear in the text the tokens were read from. */
    public String asWrittenIn(String text) {
        return text.substring(words.get(0).start(), words.get(words.size() - 1).end());
    }
}
