package pl.lukasiewicz.challenges.lead.classification;

import java.util.List;
import java.util.Set;

/**
 * One line of the analysts' term list: a word or phrase, read as the lemmas of its words.
 *
 * @param feature the decision input the term counts towards
 * @param phrase the term as the analyst wrote it
 * @param words the lemmas of each of its words, in order
 * @param line the line of the term list it was read from
 */
public record Term(TermFeature feature, String phrase, List<Set<String>> words, int line) {

    public Term {
        words = words.stream().map(Set::copyOf).toList();
    }

    /**
     * How many words of the text, from the given one on, this term covers: each of its words in
     * turn may be a form of the text's word, with no punctuation between them. Zero when the
     * term does not start there.
     */
    public int wordsMatchedAt(List<Token> tokens, int first) {
        if (first + words.size() > tokens.size()) {
            return 0;
        }
        for (int i = 0; i < words.size(); i++) {
            Token token = tokens.get(first + i);
            boolean brokenPhrase = i > 0 && token.followsBreak();
            if (brokenPhrase || !token.mayBeAnyOf(words.get(i))) {
                return 0;
            }
        }
        return words.size();
    }
}
