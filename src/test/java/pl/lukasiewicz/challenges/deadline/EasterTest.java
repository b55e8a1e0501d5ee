package pl.lukasiewicz.challenges.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EasterTest {

    @Test
    void easterSundayFallsOnTheDatesOfTheComingYears() {
        assertEquals(LocalDate.of(2025, 4, 20), Easter.sundayIn(2025));
        assertEquals(LocalDate.of(2026, 4, 5), Easter.sundayIn(2026));
        assertEquals(LocalDate.of(2027, 3, 28), Easter.sundayIn(2027));
    }

    @Test
    void easterSundayReachesBothEndsOfItsRange() {
        assertEquals(LocalDate.of(2285, 3, 22), Easter.sundayIn(2285));
        assertEquals(LocalDate.of(2038, 4, 25), Easter.sundayIn(2038));
    }

    @Test
    void aYearBeforeTheGregorianCalendarIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Easter.sundayIn(1500));
    }
}
