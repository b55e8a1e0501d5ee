package pl.lukasiewicz.challenges.deadline;

import java.time.LocalDate;

/**
 * Easter Sunday in the Gregorian calendar (Wielkanoc), from which the moveable holidays are
 * counted. This is calendar arithmetic, not a business rule: the anonymous Gregorian
 * algorithm as given by Meeus, valid for every year from 1583.
 */
final class Easter {

    private static final int FIRST_GREGORIAN_YEAR = 1583;

    private Easter() {
    }

    static LocalDate sundayIn(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("Easter is computed for the Gregorian calendar,"
                    + " from " + FIRST_GREGORIAN_YEAR + " on, not for " + year);
        }
        int golden = year % 19;
        int century = year / 100;
        int yearInCentury = year % 100;
        int leapCenturies = century / 4;
        int centuryRest = century % 4;
        int lunarCorrection = (century + 8) / 25;
        int solarCorrection = (century - lunarCorrection + 1) / 3;
        int epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
        int leapYears = yearInCentury / 4;
        int yearRest = yearInCentury % 4;
        int weekday = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
        int lateMarch = (golden + 11 * epact + 22 * weekday) / 451;
        int dayCount = epact + weekday - 7 * lateMarch + 114;

        return LocalDate.of(year, dayCount / 31, dayCount % 31 + 1);
    }
}
