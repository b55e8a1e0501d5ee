package pl.lukasiewicz.challenges.lead.verification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import pl.lukasiewicz.challenges.lead.classification.PolishLemmatiser;
import pl.lukasiewicz.challenges.lead.classification.Token;

/**
 * How alike two request titles are: the share of their words they have in common (the Jaccard
 * index), where two words are the same when they may come from the same dictionary form, so
 * "Badania próbek wody" and "badanie próbki wody morskiej" share three words of four distinct
 * ones: 0.75. Short words that carry no subject ("i", "w", "dla", "nr"…) are left out.
 *
 * <p>Safe for concurrent use.
 */
final class TitleSimilarity {

    private static final Set<String> FILLER_WORDS = Set.of("a", "i", "o", "u", "w", "we", "z",
            "ze", "na", "do", "dla", "od", "po", "przez", "przy", "oraz", "lub", "nr", "the",
            "of", "and", "for");
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final PolishLemmatiser lemmatiser;

    TitleSimilarity(PolishLemmatiser lemmatiser) {
        this.lemmatiser = lemmatiser;
    }

    /** From 0 (no word in common, or a title missing) to 1 (the same words). */
    double between(String one, String other) {
        List<Set<String>> first = distinctWords(one);
        List<Set<String>> second = distinctWords(other);
        if (first.isEmpty() || second.isEmpty()) {
            return 0.0;
        }

        boolean[] paired = new boolean[second.size()];
        int shared = 0;
        for (Set<String> word : first) {
            for (int i = 0; i < second.size(); i++) {
                if (!paired[i] && !Collections.disjoint(word, second.get(i))) {
                    paired[i] = true;
                    shared++;
                    break;
                }
            }
        }
        return (double) shared / (first.size() + second.size() - shared);
    }

    /** The lemmas of each word of the title that carries meaning, each word once. */
    private List<Set<String>> distinctWords(String title) {
        List<Set<String>> words = new ArrayList<>();
        for (Token token : lemmatiser.tokens(title)) {
            if (FILLER_WORDS.contains(token.text().toLowerCase(POLISH))) {
                continue;
            }
            boolean seen = words.stream()
                    .anyMatch(word -> !Collections.disjoint(word, token.lemmas()));
            if (!seen) {
                words.add(token.lemmas());
            }
        }
        return words;
    }
}
