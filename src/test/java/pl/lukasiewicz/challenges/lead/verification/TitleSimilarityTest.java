package pl.lukasiewicz.challenges.lead.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.lead.classification.PolishLemmatiser;

class TitleSimilarityTest {

    private final TitleSimilarity similarity = new TitleSimilarity(new PolishLemmatiser());

    @Test
    void inflectedFormsOfTheSameWordsAreTheSameTitle() {
        double similar = similarity.between("Badania próbek wody", "badanie próbki wód");

        assertEquals(1.0, similar, 1e-9);
    }

    @Test
    void theShareOfDistinctWordsInCommonIsTheSimilarity() {
        // badanie, próbka, woda shared; laboratoryjny and morski not: 3 of 5 distinct words
        double similar = similarity.between("Badania laboratoryjne próbek wody",
                "Badanie próbki wody morskiej");

        assertEquals(0.6, similar, 1e-9);
    }

    @Test
    void fillerWordsAndRepeatsDoNotCount() {
        double similar = similarity.between("Badania i badania wody dla portu",
                "Badanie wody w porcie");

        assertEquals(1.0, similar, 1e-9);
    }

    @Test
    void titlesWithNoWordInCommonAreNotAlike() {
        assertEquals(0.0, similarity.between("Szkolenie z BHP", "Badania wody"), 1e-9);
    }

    @Test
    void aMissingTitleIsLikeNoOther() {
        assertEquals(0.0, similarity.between(null, "Badania wody"), 1e-9);
        assertEquals(0.0, similarity.between("", ""), 1e-9);
    }
}
