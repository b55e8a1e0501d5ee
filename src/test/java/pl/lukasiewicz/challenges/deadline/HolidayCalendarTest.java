package pl.lukasiewicz.challenges.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The released calendar against the statute's holidays for 2025 to 2027. */
class HolidayCalendarTest {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.packaged();

    @Test
    void theStatutoryHolidaysOf2025To2027AreDaysOffAndNoOtherDay() throws IOException {
        Map<Integer, List<LocalDate>> expected = expectedHolidays();

        Map<Integer, List<LocalDate>> listed = new TreeMap<>();
        expected.keySet().forEach(year -> listed.put(year,
                CALENDAR.holidaysOf(year).stream().map(Holiday::date).toList()));

        assertEquals(List.of(2025, 2026, 2027), List.copyOf(expected.keySet()));
        assertEquals(expected, listed);
        expected.values().stream().flatMap(List::stream).forEach(date ->
                assertTrue(CALENDAR.isDayOff(date), date + " is a day off"));
    }

    @Test
    void theMoveableHolidaysCarryTheirPolishNames() {
        assertEquals(Optional.of(new Holiday(LocalDate.of(2026, 4, 6),
                "Drugi dzień Wielkiej Nocy")), CALENDAR.holidayOn(LocalDate.of(2026, 4, 6)));
        assertEquals(Optional.of(new Holiday(LocalDate.of(2027, 5, 27), "Dzień Bożego Ciała")),
                CALENDAR.holidayOn(LocalDate.of(2027, 5, 27)));
    }

    @Test
    void christmasEveIsAHolidayFrom2025ButWasNotIn2024() {
        assertTrue(CALENDAR.holidayOn(LocalDate.of(2025, 12, 24)).isPresent());

        assertFalse(CALENDAR.isDayOff(LocalDate.of(2024, 12, 24)));
    }

    @Test
    void theCentenaryOfIndependenceWasADayOffOnlyIn2018() {
        assertTrue(CALENDAR.isDayOff(LocalDate.of(2018, 11, 12)));

        assertFalse(CALENDAR.isDayOff(LocalDate.of(2019, 11, 12)));
    }

    @Test
    void deadlinesCountInWarsawTimeAndSaturdaysAndSundaysAreOff() {
        assertEquals(ZoneId.of("Europe/Warsaw"), CALENDAR.zone());
        assertTrue(CALENDAR.isDayOff(LocalDate.of(2026, 3, 7)));
        assertTrue(CALENDAR.isDayOff(LocalDate.of(2026, 3, 8)));
        assertFalse(CALENDAR.isDayOff(LocalDate.of(2026, 3, 9)));
    }

    /** The fixture's dates by year, read from lines such as "2025: 01-01 01-06 ...". */
    private static Map<Integer, List<LocalDate>> expectedHolidays() throws IOException {
        Map<Integer, List<LocalDate>> byYear = new TreeMap<>();
        try (InputStream in = HolidayCalendarTest.class.getResourceAsStream(
                "/deadline/holidays-pl-2025-2027.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        int year = Integer.parseInt(line.substring(0, 4));
                        List<LocalDate> dates = new ArrayList<>();
                        for (String monthDay : line.substring(5).strip().split("\\s+")) {
                            dates.add(LocalDate.parse(year + "-" + monthDay));
                        }
                        byYear.put(year, dates);
                    });
        }
        return byYear;
    }
}
