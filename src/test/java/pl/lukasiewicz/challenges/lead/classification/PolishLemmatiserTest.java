package pl.lukasiewicz.challenges.lead.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PolishLemmatiserTest {

    private final PolishLemmatiser lemmatiser = new PolishLemmatiser();

    @Test
    void inflectedFormsOfAResearchWordShareOneLemma() {
        List<String> forms = List.of("badania", "badań", "badaniami", "Badaniach", "BADANIE");

        List<Set<String>> lemmas = forms.stream().map(lemmatiser::lemmas).toList();

        lemmas.forEach(found -> assertTrue(found.contains("badanie"), found.toString()));
    }

    @Test
    void aWordTheDictionaryLacksKeepsItsLowerCasedForm() {
        String companyName = "Sinutronic";

        Set<String> lemmas = lemmatiser.lemmas(companyName);

        assertEquals(Set.of("sinutronic"), lemmas);
    }

    @Test
    void aWordInCapitalsAlsoReadsAsAProperName() {
        String cityInCapitals = "GDAŃSKU";

        Set<String> lemmas = lemmatiser.lemmas(cityInCapitals);

        assertEquals(Set.of("gdańsk", "gdański"), lemmas);
    }

    @Test
    void aHyphenatedCompoundBecomesItsPartsWithNoBreakBetweenThem() {
        String text = "usług badawczo-rozwojowych";

        List<Token> tokens = lemmatiser.tokens(text);

        assertEquals(List.of("usług", "badawczo", "rozwojowych"), texts(tokens));
        assertTrue(tokens.get(1).lemmas().contains("badawczy"));
        assertTrue(tokens.get(2).lemmas().contains("rozwojowy"));
        assertFalse(tokens.get(2).followsBreak());
    }

    @Test
    void theAbbreviationsBPlusRAndPPlusUStayOneWord() {
        String text = "prace B+R oraz usługi P+U";

        List<Token> tokens = lemmatiser.tokens(text);

        assertEquals(List.of("prace", "B+R", "oraz", "usługi", "P+U"), texts(tokens));
        assertEquals(Set.of("b+r"), tokens.get(1).lemmas());
    }

    @Test
    void punctuationAndSpacedDashesBreakTheTextButSpacesDoNot() {
        String text = "Immortality – innowacyjny system, badania przemysłowe";

        List<Token> tokens = lemmatiser.tokens(text);

        assertTrue(tokens.get(1).followsBreak(), "a dash between spaces");
        assertFalse(tokens.get(2).followsBreak(), "a space");
        assertTrue(tokens.get(3).followsBreak(), "a comma");
        assertFalse(tokens.get(4).followsBreak(), "a space");
    }

    @Test
    void tokensRememberWhereTheyStandInTheText() {
        String text = "Pomiary hałasu drogowego";

        Token second = lemmatiser.tokens(text).get(1);

        assertEquals("hałasu", text.substring(second.start(), second.end()));
    }

    @Test
    void noTextGivesNoWords() {
        assertTrue(lemmatiser.tokens(null).isEmpty());
        assertTrue(lemmatiser.tokens(" \n\t– ").isEmpty());
    }

    @Test
    void manyThreadsLemmatisingAtOnceGetTheSameWordsAsOneThread() throws Exception {
        String text = "Przeprowadzenie badań laboratoryjnych próbek wód oraz ekspertyzy "
                + "prac badawczo-rozwojowych, pomiary hałasu i analizy chemiczne.";
        List<Token> alone = lemmatiser.tokens(text);

        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<List<Token>>> together = new ArrayList<>();
        try {
            IntStream.range(0, 400)
                    .forEach(i -> together.add(threads.submit(() -> lemmatiser.tokens(text))));
            for (Future<List<Token>> result : together) {
                assertEquals(alone, result.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }
}
