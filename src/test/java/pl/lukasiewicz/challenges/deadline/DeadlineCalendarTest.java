package pl.lukasiewicz.challenges.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The network's deadlines counted on the released calendar; dates worked out by hand. */
class DeadlineCalendarTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final DeadlineCalendar DEADLINES =
            new DeadlineCalendar(HolidayCalendar.packaged());

    @Test
    void fifteenWorkingDaysFromMidDecember2025EndOnTheTwelfthOfJanuary() {
        ZonedDateTime received = warsaw(2025, 12, 15, 10, 0);

        ZonedDateTime deadline = DEADLINES.addWorkingDays(received, 15);

        // Monday 15 December is the day of receipt and does not count. Days 1-4 are 16-19
        // December, days 5-6 are 22-23 December; 24-26 December are holidays (Wigilia and
        // Christmas) and 27-28 a weekend. Days 7-9 are 29-31 December; 1 January is New Year,
        // day 10 is Friday 2 January. Day 11 is 5 January, 6 January is Epiphany, days 12-14
        // are 7-9 January and day 15 is Monday 12 January. The deadline is the end of it.
        assertEquals(warsaw(2026, 1, 13, 0, 0), deadline);
        assertEquals(15, DEADLINES.workingDaysBetween(LocalDate.of(2025, 12, 15),
                LocalDate.of(2026, 1, 12)));
    }

    @Test
    void aRequestTimeIsTakenInWarsawBeforeItsDayIsKnown() {
        ZonedDateTime lateSundayInLondon = ZonedDateTime.of(2025, 12, 14, 23, 30, 0, 0,
                ZoneOffset.UTC);

        ZonedDateTime deadline = DEADLINES.addWorkingDays(lateSundayInLondon, 15);

        assertEquals(warsaw(2026, 1, 13, 0, 0), deadline);
    }

    @Test
    void aRequestReceivedOnEasterMondayCountsFromTheTuesdayAfter() {
        ZonedDateTime received = warsaw(2026, 4, 6, 9, 0);

        ZonedDateTime deadline = DEADLINES.addWorkingDays(received, 15);

        assertEquals(warsaw(2026, 4, 28, 0, 0), deadline);
        assertEquals(deadline, DEADLINES.addWorkingDays(warsaw(2026, 4, 4, 12, 0), 15));
    }

    @Test
    void aRequestReceivedOnEpiphanyHasItsFirstWorkingDayTheNextDay() {
        ZonedDateTime received = warsaw(2026, 1, 6, 9, 0);

        ZonedDateTime deadline = DEADLINES.addWorkingDays(received, 1);

        assertEquals(warsaw(2026, 1, 8, 0, 0), deadline);
    }

    @Test
    void aRequestReceivedLateOnAWorkingDayStillDoesNotCountThatDay() {
        ZonedDateTime received = warsaw(2025, 6, 18, 23, 59);

        ZonedDateTime deadline = DEADLINES.addWorkingDays(received, 2);

        // 19 June 2025 is Corpus Christi: day 1 is Friday 20 June, day 2 Monday 23 June.
        assertEquals(warsaw(2025, 6, 24, 0, 0), deadline);
    }

    @Test
    void theSpringChangeToSummerTimeShortensTheWaitByAnHour() {
        ZonedDateTime friday = warsaw(2026, 3, 27, 15, 0);

        ZonedDateTime deadline = DEADLINES.addWorkingDays(friday, 1);

        assertEquals(ZonedDateTime.of(LocalDateTime.of(2026, 3, 31, 0, 0),
                ZoneOffset.ofHours(2)).toInstant(), deadline.toInstant());
        assertEquals(Duration.ofHours(80), Duration.between(friday, deadline));
    }

    @Test
    void theAutumnChangeToWinterTimeLengthensTheWaitByAnHour() {
        ZonedDateTime friday = warsaw(2026, 10, 23, 15, 0);

        ZonedDateTime deadline = DEADLINES.addWorkingDays(friday, 1);

        assertEquals(ZonedDateTime.of(LocalDateTime.of(2026, 10, 27, 0, 0),
                ZoneOffset.ofHours(1)).toInstant(), deadline.toInstant());
        assertEquals(Duration.ofHours(82), Duration.between(friday, deadline));
    }

    @Test
    void sevenDaysForAReadyServiceEndOnTheSameWeekdayAWeekLater() {
        ZonedDateTime received = warsaw(2026, 3, 2, 11, 0);

        ZonedDateTime deadline = DEADLINES.addCalendarDays(received, 7);

        assertEquals(warsaw(2026, 3, 10, 0, 0), deadline);
    }

    @Test
    void sevenDaysEndingOnChristmasEveMoveToTheNextWorkingDay() {
        ZonedDateTime received = warsaw(2025, 12, 17, 11, 0);

        ZonedDateTime deadline = DEADLINES.addCalendarDays(received, 7);

        assertEquals(warsaw(2025, 12, 30, 0, 0), deadline);
    }

    @Test
    void sevenDaysFromASaturdayBeforeEasterMovePastEasterMonday() {
        ZonedDateTime received = warsaw(2025, 4, 12, 11, 0);

        ZonedDateTime deadline = DEADLINES.addCalendarDays(received, 7);

        assertEquals(warsaw(2025, 4, 23, 0, 0), deadline);
    }

    @Test
    void christmasTakesThreeWorkingDaysIn2025TwoIn2026AndOneIn2027() {
        assertEquals(2, DEADLINES.workingDaysBetween(LocalDate.of(2025, 12, 22),
                LocalDate.of(2025, 12, 29)));
        assertEquals(3, DEADLINES.workingDaysBetween(LocalDate.of(2026, 12, 21),
                LocalDate.of(2026, 12, 28)));
        assertEquals(4, DEADLINES.workingDaysBetween(LocalDate.of(2027, 12, 20),
                LocalDate.of(2027, 12, 27)));
        assertTrue(DEADLINES.isWorkingDay(LocalDate.of(2025, 12, 23)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2026, 12, 24)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2027, 12, 24)));
    }

    @Test
    void aHolidayOnASaturdayGivesNoSubstituteWorkingDayOff() {
        assertTrue(DEADLINES.isWorkingDay(LocalDate.of(2026, 8, 14)));
        assertTrue(DEADLINES.isWorkingDay(LocalDate.of(2026, 8, 17)));

        assertEquals(10, DEADLINES.workingDaysBetween(LocalDate.of(2026, 8, 9),
                LocalDate.of(2026, 8, 23)));
    }

    @Test
    void theFixedHolidaysAreNotWorkingDaysButTheDaysBesideThemAre() {
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2026, 1, 1)));
        assertTrue(DEADLINES.isWorkingDay(LocalDate.of(2026, 1, 2)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2027, 1, 6)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2025, 5, 1)));
        assertTrue(DEADLINES.isWorkingDay(LocalDate.of(2025, 5, 2)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2027, 5, 3)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2025, 8, 15)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2027, 11, 1)));
        assertTrue(DEADLINES.isWorkingDay(LocalDate.of(2025, 11, 10)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2025, 11, 11)));
    }

    @Test
    void theMoveableHolidaysAreNotWorkingDays() {
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2025, 4, 21)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2026, 4, 6)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2027, 3, 29)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2025, 6, 19)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2026, 6, 4)));
        assertFalse(DEADLINES.isWorkingDay(LocalDate.of(2027, 5, 27)));
        assertTrue(DEADLINES.isWorkingDay(LocalDate.of(2027, 5, 28)));
    }

    @Test
    void eachYearHasTheWorkingDaysOfItsCalendar() {
        assertEquals(251, DEADLINES.workingDaysBetween(LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 12, 31)));
        assertEquals(253, DEADLINES.workingDaysBetween(LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 12, 31)));
        assertEquals(253, DEADLINES.workingDaysBetween(LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 12, 31)));
    }

    @Test
    void workingDaysBetweenDatesInReverseOrderAreNegative() {
        LocalDate later = LocalDate.of(2026, 1, 12);

        int between = DEADLINES.workingDaysBetween(later, LocalDate.of(2025, 12, 15));

        assertEquals(-15, between);
    }

    @Test
    void aReminderThreeWorkingDaysAheadComesAtTheStartOfTheThirdLastWorkingDay() {
        ZonedDateTime deadline = warsaw(2026, 1, 13, 0, 0);

        ZonedDateTime reminder = DEADLINES.reminderBefore(deadline, 3);

        // The last day is Monday 12 January; with Friday 9 and Thursday 8 January three
        // whole working days remain from the start of 8 January.
        assertEquals(warsaw(2026, 1, 8, 0, 0), reminder);
        assertEquals(warsaw(2026, 1, 12, 0, 0), DEADLINES.reminderBefore(deadline, 1));
    }

    @Test
    void aDeadlineOfNoDaysIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DEADLINES.addWorkingDays(warsaw(2026, 1, 5, 9, 0), 0));

        assertTrue(refused.getMessage().contains("at least one day"), refused.getMessage());
    }

    private static ZonedDateTime warsaw(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, WARSAW);
    }
}
