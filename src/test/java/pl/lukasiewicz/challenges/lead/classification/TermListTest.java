package pl.lukasiewicz.challenges.lead.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lukasiewicz.challenges.lead.classification.TermFeature.CLIENT_IS_RESEARCH_BODY;
import static pl.lukasiewicz.challenges.lead.classification.TermFeature.OUT_OF_SCOPE_TERMS;
import static pl.lukasiewicz.challenges.lead.classification.TermFeature.RESEARCH_TERMS;
import static pl.lukasiewicz.challenges.lead.classification.TermFeature.TESTING_TERMS;
import static pl.lukasiewicz.challenges.lead.classification.TermFeature.TRAINING_TERMS;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermListTest {

    private final PolishLemmatiser lemmatiser = new PolishLemmatiser();

    @Test
    void aPhraseWrittenInOneFormFindsItsOtherForms() {
        TermList list = list("testingTerms;badania laboratoryjne;");

        List<String> found = found(list, TESTING_TERMS,
                "Zlecimy wykonanie badań laboratoryjnych, a wyniki badaniami laboratoryjnymi "
                        + "potwierdzimy. Badanie laboratoryjne kruszywa.");

        assertEquals(List.of("badań laboratoryjnych", "badaniami laboratoryjnymi",
                "Badanie laboratoryjne"), found);
    }

    @Test
    void aHyphenatedTermFindsTheCompoundWithOrWithoutTheHyphen() {
        TermList list = list("researchTerms;prace badawczo-rozwojowe;");

        List<String> found = found(list, RESEARCH_TERMS,
                "realizacja prac badawczo-rozwojowych; zlecenie pracy badawczo rozwojowej");

        assertEquals(List.of("prac badawczo-rozwojowych", "pracy badawczo rozwojowej"), found);
    }

    @Test
    void aTermNeverMatchesPartOfALongerWord() {
        TermList list = list("""
                testingTerms;test;
                trainingTerms;kurs;
                outOfScopeTerms;dostawa;
                clientIsResearchBody;instytut;
                """);

        String notice = "Spis testamentu. Konkurs ofert ogłasza Instytucja Pośrednicząca;"
                + " dostawca wyłoniony w konkursie.";

        assertTrue(found(list, TESTING_TERMS, notice).isEmpty());
        assertTrue(found(list, TRAINING_TERMS, notice).isEmpty());
        assertTrue(found(list, OUT_OF_SCOPE_TERMS, notice).isEmpty());
        assertTrue(found(list, CLIENT_IS_RESEARCH_BODY, notice).isEmpty());
    }

    @Test
    void aPhraseDoesNotRunAcrossPunctuation() {
        TermList list = list("researchTerms;badania przemysłowe;");

        List<String> found = found(list, RESEARCH_TERMS,
                "Zakres: badania. Przemysłowe zastosowanie nie jest przedmiotem zamówienia.");

        assertTrue(found.isEmpty());
    }

    @Test
    void theLongestOverlappingPhraseIsTheOneFound() {
        TermList list = list("""
                researchTerms;prace rozwojowe;
                researchTerms;eksperymentalne prace rozwojowe;
                """);

        List<TermMatch> matches = list.find(RESEARCH_TERMS,
                lemmatiser.tokens("Etap II obejmuje eksperymentalne prace rozwojowe."));

        assertEquals(1, matches.size());
        assertEquals("eksperymentalne prace rozwojowe", matches.get(0).term().phrase());
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        TermList list = TermList.read("terms.csv", bytes("""
                # Słownik pojęć

                feature;term;note
                # badania i pomiary
                testingTerms;pomiar;pomiary hałasu, emisji

                testingTerms;ekspertyza;
                """), lemmatiser);

        assertEquals(2, list.terms(TESTING_TERMS).size());
    }

    @Test
    void anUnknownFeatureIsRefusedNamingItsLine() {
        String content = """
                feature;term;note
                testingTerms;pomiar;
                testTerms;analiza chemiczna;
                """;

        InvalidTermListException refused = assertThrows(InvalidTermListException.class,
                () -> TermList.read("terms.csv", bytes(content), lemmatiser));

        assertEquals(3, refused.line());
        assertTrue(refused.getMessage().startsWith("terms.csv line 3: unknown feature 'testTerms'"),
                refused.getMessage());
    }

    @Test
    void aLineWithoutSemicolonsIsRefusedNamingItsLine() {
        String content = "feature;term;note\n# komentarz\ntestingTerms, pomiar\n";

        InvalidTermListException refused = assertThrows(InvalidTermListException.class,
                () -> TermList.read("terms.csv", bytes(content), lemmatiser));

        assertEquals(3, refused.line());
        assertTrue(refused.reason().contains("no semicolon"), refused.reason());
    }

    @Test
    void anEmptyTermIsRefusedNamingItsLine() {
        String content = "feature;term;note\ntestingTerms; ;a note without a term\n";

        InvalidTermListException refused = assertThrows(InvalidTermListException.class,
                () -> TermList.read("terms.csv", bytes(content), lemmatiser));

        assertEquals(2, refused.line());
        assertEquals("the term is empty", refused.reason());
    }

    @Test
    void theSameTermTwiceUnderOneFeatureIsRefusedNamingBothLines() {
        String content = "feature;term;note\ntestingTerms;badania laboratoryjne;\n"
                + "researchTerms;badanie laboratoryjne;\ntestingTerms;badaniami laboratoryjnymi;\n";

        InvalidTermListException refused = assertThrows(InvalidTermListException.class,
                () -> TermList.read("terms.csv", bytes(content), lemmatiser));

        assertEquals(4, refused.line());
        assertTrue(refused.reason().contains("repeats 'badania laboratoryjne' of line 2"),
                refused.reason());
    }

    @Test
    void aTermWithPunctuationBetweenItsWordsIsRefused() {
        String content = "feature;term;note\ntestingTerms;badania, pomiary;\n";

        InvalidTermListException refused = assertThrows(InvalidTermListException.class,
                () -> TermList.read("terms.csv", bytes(content), lemmatiser));

        assertEquals(2, refused.line());
        assertTrue(refused.reason().contains("punctuation"), refused.reason());
    }

    @Test
    void aListWithoutItsHeaderIsRefused() {
        String content = "# komentarz\ntestingTerms;pomiar;\n";

        InvalidTermListException refused = assertThrows(InvalidTermListException.class,
                () -> TermList.read("terms.csv", bytes(content), lemmatiser));

        assertEquals(2, refused.line());
        assertTrue(refused.reason().contains("expected the header"), refused.reason());
    }

    @Test
    void aListOfCommentsOnlyIsRefusedForItsMissingHeader() {
        String content = "# komentarz\n# drugi komentarz\n";

        InvalidTermListException refused = assertThrows(InvalidTermListException.class,
                () -> TermList.read("terms.csv", bytes(content), lemmatiser));

        assertEquals(2, refused.line());
        assertEquals("the list has no header line feature;term;note", refused.reason());
    }

    @Test
    void theListsFingerprintChangesWithItsContent() {
        TermList before = list("testingTerms;pomiar;");
        TermList after = list("testingTerms;pomiar;\ntestingTerms;ekspertyza;");

        assertTrue(before.sha256().matches("[0-9a-f]{64}"));
        assertNotEquals(before.sha256(), after.sha256());
        assertEquals(before.sha256(), list("testingTerms;pomiar;").sha256());
    }

    @Test
    void thePackagedListHasTermsForEveryFeature() {
        TermList packaged = TermList.packaged();

        for (TermFeature feature : TermFeature.values()) {
            assertFalse(packaged.terms(feature).isEmpty(), feature.inputName());
        }
        assertEquals(TermList.PACKAGED_RESOURCE, packaged.source());
    }

    private TermList list(String lines) {
        return TermList.read("terms.csv", bytes(TermList.HEADER + "\n" + lines), lemmatiser);
    }

    private List<String> found(TermList list, TermFeature feature, String text) {
        return list.find(feature, lemmatiser.tokens(text)).stream()
                .map(match -> match.asWrittenIn(text))
                .toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
