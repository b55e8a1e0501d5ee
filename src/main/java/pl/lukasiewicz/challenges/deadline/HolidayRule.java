package pl.lukasiewicz.challenges.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/** One line of the holiday calendar that names days off: where it falls in a given year. */
sealed interface HolidayRule {

    Optional<Holiday> in(int year);

    /** A holiday on the same day every year, such as 11 November, within some years. */
    record FixedDate(MonthDay day, String name, Years years) implements HolidayRule {

        @Override
        public Optional<Holiday> in(int year) {
            if (!years.contains(year) || !day.isValidYear(year)) {
                return Optional.empty();
            }
            return Optional.of(new Holiday(day.atYear(year), name));
        }
    }

    /** A moveable holiday, a number of days after Easter Sunday, such as Corpus Christi. */
    record EasterRelative(int daysAfterEaster, String name, Years years) implements HolidayRule {

        @Override
        public Optional<Holiday> in(int year) {
            if (!years.contains(year)) {
                return Optional.empty();
            }
            return Optional.of(new Holiday(Easter.sundayIn(year).plusDays(daysAfterEaster),
                    name));
        }
    }

    /** A day off made once by its own act, such as 12 November 2018. */
    record OneOff(LocalDate date, String name) implements HolidayRule {

        @Override
        public Optional<Holiday> in(int year) {
            if (date.getYear() != year) {
                return Optional.empty();
            }
            return Optional.of(new Holiday(date, name));
        }
    }
}
