package pl.lukasiewicz.challenges.lead.classification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * Turns free Polish text into words, each with the dictionary forms it may come from, so that
 * "badania", "badań" and "badaniami" all read as "badanie".
 *
 * <p>How text is cut into words:
 * <ul>
 *   <li>A word is a run of letters and digits. Words joined by "+" stay one word, so "B+R" and
 *       "P+U" are the words "b+r" and "p+u".</li>
 *   <li>A hyphen between two words without spaces ("badawczo-rozwojowych", "PN-EN") splits a
 *       compound into its parts, with no break between them: the phrase "prace
 *       badawczo-rozwojowe" is the three words "prace", "badawczo", "rozwojowe", and it matches
 *       the text "prac badawczo-rozwojowych" as well as "prac badawczo rozwojowych".</li>
 *   <li>Any other punctuation (full stop, comma, bracket, a dash between spaces…) is a break
 *       that a phrase does not run across.</li>
 * </ul>
 *
 * <p>Each word is looked up in the Morfologik Polish dictionary lower-cased, capitalised (for
 * proper names: "GDAŃSKU" is both the adjective "gdański" and the city "Gdańsk") and as
 * written. All the lemmas found are kept, lower-cased, because without context the dictionary
 * cannot tell "badania" (the noun "badanie") from a form of the verb "badać". A word the
 * dictionary lacks keeps its lower-cased form as its only lemma.
 *
 * <p>Safe for concurrent use: Morfologik's stemmer is not, so each thread gets its own (they
 * share one dictionary, which Morfologik loads once). In a pool whose threads outlive the
 * application (a redeploy in a shared container) the per-thread stemmers stay reachable until
 * the threads end; Quarkus restarts the whole process, so this does not bite here.
 */
public final class PolishLemmatiser {

    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:\\+[\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern COMPOUND_HYPHEN = Pattern.compile("[-\u2010\u2011]");
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final ThreadLocal<PolishStemmer> stemmer = ThreadLocal.withInitial(PolishStemmer::new);

    /**
     * The words of the text in order, with their places in the text as given; an empty list
     * for null or blank text.
     */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }

        Matcher word = WORD.matcher(text);
        int previousEnd = -1;
        while (word.find()) {
            boolean followsBreak = previousEnd < 0
                    || isBreak(text.substring(previousEnd, word.start()));
            Set<String> lemmas = lemmas(word.group());
            tokens.add(new Token(word.group(), lemmas, followsBreak, word.start(), word.end()));
            previousEnd = word.end();
        }
        return tokens;
    }

    /** The lower-case lemmas of one word, or its lower-cased form when the dictionary lacks it. */
    public Set<String> lemmas(String word) {
        String composed = Normalizer.normalize(word, Normalizer.Form.NFC);
        String lowerCase = composed.toLowerCase(POLISH);
        Set<String> found = new LinkedHashSet<>();
        for (String spelling : new LinkedHashSet<>(
                List.of(lowerCase, capitalised(lowerCase), composed))) {
            for (WordData reading : stemmer.get().lookup(spelling)) {
                found.add(reading.getStem().toString().toLowerCase(POLISH));
            }
        }
        return found.isEmpty() ? Set.of(lowerCase) : found;
    }

    private static boolean isBreak(String between) {
        String gap = between.strip();
        return !gap.isEmpty() && !(between.length() == 1 && COMPOUND_HYPHEN.matcher(gap).matches());
    }

    private static String capitalised(String lowerCase) {
        return lowerCase.substring(0, 1).toUpperCase(POLISH) + lowerCase.substring(1);
    }
}
