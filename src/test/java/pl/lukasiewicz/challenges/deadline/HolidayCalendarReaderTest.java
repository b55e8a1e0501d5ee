package pl.lukasiewicz.challenges.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayCalendarReaderTest {

    private static final String SETTINGS = """
            zone;Europe/Warsaw
            weekend;SUNDAY
            weekend;SATURDAY
            """;

    @Test
    void anExtraFileAddsADayOffWithoutARelease(@TempDir Path folder) throws IOException {
        Path extra = folder.resolve("extra-days-off.csv");
        Files.writeString(extra, "# decided after the release\nonce;2027-11-12;Dzień wolny\n",
                StandardCharsets.UTF_8);

        HolidayCalendar calendar = HolidayCalendar.packagedWith(List.of(extra));

        assertEquals(Optional.of(new Holiday(LocalDate.of(2027, 11, 12), "Dzień wolny")),
                calendar.holidayOn(LocalDate.of(2027, 11, 12)));
        assertTrue(calendar.isDayOff(LocalDate.of(2027, 11, 11)));
    }

    @Test
    void aBrokenLineInTheExtraFileNamesThatFile(@TempDir Path folder) throws IOException {
        Path extra = folder.resolve("extra-days-off.csv");
        Files.writeString(extra, "once;2027-13-01;Dzień wolny\n", StandardCharsets.UTF_8);

        InvalidHolidayCalendarException refused = assertThrows(
                InvalidHolidayCalendarException.class,
                () -> HolidayCalendar.packagedWith(List.of(extra)));

        assertEquals(extra.toString(), refused.source());
        assertEquals(1, refused.line());
        assertTrue(refused.getMessage().contains("'2027-13-01' is not a date written as"
                + " YYYY-MM-DD"), refused.getMessage());
    }

    @Test
    void aFixedHolidayAppliesOnlyInItsYears() {
        String text = SETTINGS + "fixed;06-02;Dzień próbny;2026;2027\n";

        HolidayCalendar calendar = read(text);

        assertFalse(calendar.isDayOff(LocalDate.of(2025, 6, 2)));
        assertTrue(calendar.isDayOff(LocalDate.of(2026, 6, 2)));
        assertTrue(calendar.isDayOff(LocalDate.of(2027, 6, 2)));
        assertFalse(calendar.isDayOff(LocalDate.of(2028, 6, 2)));
    }

    @Test
    void anUnknownKindOfLineNamesItsLineAndTheKindsThereAre() {
        String text = SETTINGS + "\nholiday;05-01;Święto Państwowe\n";

        InvalidHolidayCalendarException refused = refusal(text);

        assertEquals(5, refused.line());
        assertEquals("test.csv line 5: 'holiday' is not a kind of line; use zone, weekend,"
                + " fixed, easter or once", refused.getMessage());
        assertEquals("HOLIDAY_CALENDAR_INVALID", refused.code());
    }

    @Test
    void aDayThatDoesNotExistIsRefusedWithAnExample() {
        InvalidHolidayCalendarException refused = refusal(SETTINGS + "fixed;02-30;Nic\n");

        assertEquals(4, refused.line());
        assertTrue(refused.getMessage().contains("'02-30' is not a day of the year written as"
                + " MM-DD"), refused.getMessage());
    }

    @Test
    void aHolidayWithoutANameIsRefused() {
        InvalidHolidayCalendarException refused = refusal(SETTINGS + "easter;60;\n");

        assertTrue(refused.getMessage().endsWith("the holiday has no name; write its Polish"
                + " name in the third field"), refused.getMessage());
    }

    @Test
    void anEasterOffsetThatIsNotANumberIsRefused() {
        InvalidHolidayCalendarException refused =
                refusal(SETTINGS + "easter;+sixty;Boże Ciało\n");

        assertTrue(refused.getMessage().contains("not a number of days after Easter Sunday"),
                refused.getMessage());
    }

    @Test
    void yearsInTheWrongOrderAreRefused() {
        InvalidHolidayCalendarException refused =
                refusal(SETTINGS + "fixed;12-24;Wigilia;2027;2025\n");

        assertTrue(refused.getMessage().contains("from 2027 until 2025"), refused.getMessage());
    }

    @Test
    void aOneOffDayListedTwiceNamesTheLineThatHasIt() {
        String text = SETTINGS + "once;2018-11-12;Stulecie\nonce;2018-11-12;Stulecie\n";

        InvalidHolidayCalendarException refused = refusal(text);

        assertEquals(5, refused.line());
        assertTrue(refused.getMessage().contains("already listed at test.csv line 4"),
                refused.getMessage());
    }

    @Test
    void aCalendarWithoutSundayIsRefused() {
        String text = "zone;Europe/Warsaw\nweekend;SATURDAY\n";

        InvalidHolidayCalendarException refused = refusal(text);

        assertTrue(refused.getMessage().contains("add a line 'weekend;SUNDAY'"),
                refused.getMessage());
    }

    @Test
    void aSecondTimeZoneIsRefused() {
        InvalidHolidayCalendarException refused = refusal(SETTINGS + "zone;UTC\n");

        assertTrue(refused.getMessage().contains("already set at test.csv line 1"),
                refused.getMessage());
    }

    @Test
    void anUnknownWeekdayIsRefused() {
        InvalidHolidayCalendarException refused = refusal(SETTINGS + "weekend;SOBOTA\n");

        assertTrue(refused.getMessage().contains("'SOBOTA' is not a day of the week"),
                refused.getMessage());
    }

    private static HolidayCalendar read(String text) {
        return HolidayCalendarReader.read(List.of(new CalendarSource("test.csv", text)));
    }

    private static InvalidHolidayCalendarException refusal(String text) {
        return assertThrows(InvalidHolidayCalendarException.class, () -> read(text));
    }
}
