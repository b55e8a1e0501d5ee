package pl.lukasiewicz.challenges.decision.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.dmn.feel.lang.types.impl.ComparablePeriod;

class TckResultsTest {

    @Test
    void numbersAreEqualByValueWhateverTheirScaleButNotWhenRounded() {
        BigDecimal expected = new BigDecimal("27");

        List<String> sameValue = TckResults.differences("days", expected, new BigDecimal("27.00"));
        List<String> nearlySame = TckResults.differences("days", expected,
                new BigDecimal("27.0000001"));
        List<String> asText = TckResults.differences("days", expected, "27");

        assertEquals(List.of(), sameValue);
        assertEquals(List.of("days: expected 27 but got 27.0000001"), nearlySame);
        assertEquals(List.of("days: expected the number 27 but got \"27\""), asText);
    }

    @Test
    void textIsComparedCodePointByCodePoint() {
        String horse = new String(Character.toChars(0x1F40E));

        List<String> same = TckResults.differences("name", horse, "\uD83D\uDC0E");
        List<String> otherAnimal = TckResults.differences("name", horse, "\uD83D\uDCA9");

        assertEquals(List.of(), same);
        assertEquals(List.of("name: expected \"" + horse + "\" [U+1F40E] but got \"\uD83D\uDCA9\""
                + " [U+1F4A9]"), otherAnimal);
    }

    @Test
    void structuresAndListsAreComparedFieldByFieldAndItemByItem() {
        Map<String, Object> expected = Map.of("Status", "Approved",
                "Rates", List.of(new BigDecimal("1.5"), new BigDecimal("2")));

        List<String> found = TckResults.differences("Approval", expected,
                Map.of("Status", "Approved", "Rates", List.of(1.5, 3), "Note", "x"));

        assertEquals(List.of(
                "Approval: expected the fields [Rates, Status] but got [Note, Rates, Status]",
                "Approval.Rates[1]: expected 2 but got 3"), found);
    }

    @Test
    void datesAndDurationsAreEqualWhenTheirIsoTextReadsBackAsTheSameValue() {
        LocalDate expectedDay = LocalDate.of(2016, 11, 1);

        List<String> sameDay = TckResults.differences("d", expectedDay, "2016-11-01");
        List<String> sameDuration = TckResults.differences("d", Duration.ofDays(2), "PT48H");
        List<String> samePeriod = TckResults.differences("d", ComparablePeriod.of(1, 2, 0),
                "P14M");
        List<String> otherDay = TckResults.differences("d", expectedDay, "2016-11-02");

        assertEquals(List.of(), sameDay);
        assertEquals(List.of(), sameDuration);
        assertEquals(List.of(), samePeriod);
        assertEquals(List.of("d: expected 2016-11-01 but got \"2016-11-02\""), otherDay);
    }
}
