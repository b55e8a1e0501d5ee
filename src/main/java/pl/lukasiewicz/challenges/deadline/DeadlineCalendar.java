package pl.lukasiewicz.challenges.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Counts the network's promised deadlines (15 working days for proposed solutions, 7 days for
 * an offer where a ready service exists) on a {@link HolidayCalendar}.
 *
 * <p>The counting rule, the same for working and calendar days:
 * <ul>
 *   <li>All dates are taken in the calendar's time zone (Europe/Warsaw): a request time is
 *       first moved there, so 23:30 UTC on 14 December is 15 December.</li>
 *   <li>The day of receipt is never counted, whatever the hour and whether or not it is a
 *       working day, as the Civil Code counts terms in days (art. 111 § 2 k.c.). Day 1 is the
 *       first day after it.</li>
 *   <li>A working day is a day that is neither a weekend day of the calendar (Saturday,
 *       Sunday) nor a holiday. A holiday on a Saturday gives no substitute working day: the
 *       day an employer grants for it under art. 130 § 2 k.p. differs by institute and is
 *       not in the statute, so deadlines ignore it.</li>
 *   <li>The deadline is the end of its last day, returned as the first instant of the next
 *       day in the time zone (an answer is in time if it is sent before it). Midnight exists
 *       on every day in Warsaw, so the changes to and from summer time need no care.</li>
 * </ul>
 */
public final class DeadlineCalendar {

    private final HolidayCalendar holidays;

    public DeadlineCalendar(HolidayCalendar holidays) {
        this.holidays = holidays;
    }

    public ZoneId zone() {
        return holidays.zone();
    }

    public boolean isWorkingDay(LocalDate date) {
        return !holidays.isDayOff(date);
    }

    /**
     * The end of the n-th working day after the day the request was received; the promise
     * is kept by anything sent before the returned instant.
     */
    public ZonedDateTime addWorkingDays(ZonedDateTime received, int workingDays) {
        requirePositive(workingDays, "working days");
        LocalDate lastDay = nthWorkingDayAfter(dayOf(received), workingDays);

        return endOf(lastDay);
    }

    /** The date of the n-th working day after the given day, which itself never counts. */
    public LocalDate nthWorkingDayAfter(LocalDate day, int workingDays) {
        requirePositive(workingDays, "working days");
        LocalDate date = day;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The end of the n-th calendar day after the day of receipt; when that day is not a
     * working day the deadline moves to the end of the next working day, as art. 115 k.c.
     * moves a term that ends on a Saturday or a holiday.
     */
    public ZonedDateTime addCalendarDays(ZonedDateTime received, int calendarDays) {
        requirePositive(calendarDays, "calendar days");
        LocalDate lastDay = dayOf(received).plusDays(calendarDays);
        while (!isWorkingDay(lastDay)) {
            lastDay = lastDay.plusDays(1);
        }

        return endOf(lastDay);
    }

    /**
     * The working days after {@code from} up to and including {@code to}: what
     * {@link #nthWorkingDayAfter} counted to reach {@code to}. Negative when {@code to} is
     * before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int counted = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return counted;
    }

    /**
     * When to remind the people who owe an answer: the start of the working day from which
     * exactly n whole working days remain before the deadline, its last day included.
     */
    public ZonedDateTime reminderBefore(ZonedDateTime deadline, int workingDays) {
        requirePositive(workingDays, "working days");
        LocalDate date = deadline.withZoneSameInstant(zone()).minusNanos(1).toLocalDate();
        int counted = isWorkingDay(date) ? 1 : 0;
        while (counted < workingDays) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date.atStartOfDay(zone());
    }

    private LocalDate dayOf(ZonedDateTime instant) {
        return instant.withZoneSameInstant(zone()).toLocalDate();
    }

    private ZonedDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone());
    }

    private static void requirePositive(int days, String what) {
        if (days < 1) {
            throw new IllegalArgumentException("A deadline counts at least one day, but "
                    + days + " " + what + " were asked for");
        }
    }
}
