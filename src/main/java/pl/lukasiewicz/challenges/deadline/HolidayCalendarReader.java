package pl.lukasiewicz.challenges.deadline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads holiday calendar files. One setting or holiday a line, fields separated by
 * semicolons; blank lines and lines starting with {@code #} are skipped:
 * <pre>
 * zone;Europe/Warsaw                          the time zone deadlines count in (once)
 * weekend;SUNDAY                              a day of the week that is never a working day
 * fixed;12-24;Wigilia Bożego Narodzenia;2025  month-day;name[;from year[;until year]]
 * easter;60;Boże Ciało                        days after Easter Sunday;name[;from[;until]]
 * once;2018-11-12;Narodowe Święto ...         date;name
 * </pre>
 * Years are both included; an empty or missing year leaves that end open. Later files add
 * to earlier ones. A broken line stops the reading with
 * {@link InvalidHolidayCalendarException} naming the file, the line and what to change.
 */
final class HolidayCalendarReader {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern OFFSET = Pattern.compile("[+-]?\\d{1,3}");
    private static final int MOST_DAYS_FROM_EASTER = 180;

    private ZoneId zone;
    private String zoneWhere;
    private final Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
    private final List<HolidayRule> rules = new ArrayList<>();
    private final List<String> ruleWhere = new ArrayList<>();

    private HolidayCalendarReader() {
    }

    static HolidayCalendar read(List<CalendarSource> sources) {
        HolidayCalendarReader reader = new HolidayCalendarReader();
        for (CalendarSource source : sources) {
            reader.readLines(source);
        }
        return reader.calendar(sources.isEmpty() ? "holiday calendar" : sources.get(0).name());
    }

    private void readLines(CalendarSource source) {
        String[] lines = source.text().split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].replace("\uFEFF", "").strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                new Line(source.name(), index + 1, line).readInto(this);
            }
        }
    }

    private HolidayCalendar calendar(String firstSource) {
        if (zone == null) {
            throw new InvalidHolidayCalendarException(firstSource, 0, "no time zone is set;"
                    + " add a line 'zone;Europe/Warsaw'");
        }
        if (!weekend.contains(DayOfWeek.SUNDAY)) {
            throw new InvalidHolidayCalendarException(firstSource, 0, "Sunday is a day off by"
                    + " statute but is not listed; add a line 'weekend;SUNDAY'");
        }
        return new HolidayCalendar(zone, weekend, rules);
    }

    /** One line of a file, split into its fields, with the place messages name. */
    private record Line(String source, int number, String text, String[] fields) {

        Line(String source, int number, String text) {
            this(source, number, text, text.split(";", -1));
        }

        String where() {
            return source + " line " + number;
        }

        InvalidHolidayCalendarException refused(String reason) {
            return new InvalidHolidayCalendarException(source, number, reason);
        }

        String field(int index) {
            return index < fields.length ? fields[index].strip() : "";
        }

        void readInto(HolidayCalendarReader reader) {
            String kind = field(0).toLowerCase(Locale.ROOT);
            switch (kind) {
                case "zone" -> reader.zone(this);
                case "weekend" -> reader.weekendDay(this);
                case "fixed" -> reader.add(this, fixedDate());
                case "easter" -> reader.add(this, easterRelative());
                case "once" -> reader.add(this, oneOff());
                default -> throw refused("'" + field(0) + "' is not a kind of line; use zone,"
                        + " weekend, fixed, easter or once");
            }
        }

        void expectFields(int least, int most, String format) {
            if (fields.length < least || fields.length > most) {
                throw refused("expected '" + format + "' separated by semicolons but found '"
                        + text + "'");
            }
        }

        HolidayRule fixedDate() {
            expectFields(3, 5, "fixed;MM-DD;name[;from year[;until year]]");
            MonthDay day;
            try {
                day = MonthDay.parse("--" + field(1));
            } catch (DateTimeException e) {
                throw refused("'" + field(1) + "' is not a day of the year written as MM-DD,"
                        + " such as 11-11 for 11 November");
            }
            return new HolidayRule.FixedDate(day, name(), years());
        }

        HolidayRule easterRelative() {
            expectFields(3, 5, "easter;days after Easter Sunday;name[;from year[;until year]]");
            if (!OFFSET.matcher(field(1)).matches()) {
                throw refused("'" + field(1) + "' is not a number of days after Easter Sunday,"
                        + " such as 0 for Easter Sunday or 60 for Corpus Christi");
            }
            int days = Integer.parseInt(field(1));
            if (Math.abs(days) > MOST_DAYS_FROM_EASTER) {
                throw refused(days + " days from Easter Sunday is beyond the "
                        + MOST_DAYS_FROM_EASTER + " days a moveable holiday can be; for a"
                        + " day that does not move with Easter use a 'fixed' line");
            }
            return new HolidayRule.EasterRelative(days, name(), years());
        }

        HolidayRule oneOff() {
            expectFields(3, 3, "once;YYYY-MM-DD;name");
            try {
                return new HolidayRule.OneOff(LocalDate.parse(field(1)), name());
            } catch (DateTimeException e) {
                throw refused("'" + field(1) + "' is not a date written as YYYY-MM-DD,"
                        + " such as 2018-11-12");
            }
        }

        String name() {
            if (field(2).isEmpty()) {
                throw refused("the holiday has no name; write its Polish name in the third"
                        + " field");
            }
            return field(2);
        }

        Years years() {
            int first = year(3, Integer.MIN_VALUE);
            int last = year(4, Integer.MAX_VALUE);
            if (first > last) {
                throw refused("the holiday applies from " + first + " until " + last
                        + ", which is no year at all; the first year must not be after the"
                        + " last");
            }
            return new Years(first, last);
        }

        private int year(int index, int open) {
            String written = field(index);
            if (written.isEmpty()) {
                return open;
            }
            if (!YEAR.matcher(written).matches()) {
                throw refused("'" + written + "' is not a year such as 2025");
            }
            return Integer.parseInt(written);
        }
    }

    private void zone(Line line) {
        line.expectFields(2, 2, "zone;time zone");
        if (zone != null) {
            throw line.refused("the time zone is already set at " + zoneWhere
                    + "; keep one 'zone' line");
        }
        try {
            zone = ZoneId.of(line.field(1));
        } catch (DateTimeException e) {
            throw line.refused("'" + line.field(1) + "' is not a time zone such as"
                    + " Europe/Warsaw");
        }
        zoneWhere = line.where();
    }

    private void weekendDay(Line line) {
        line.expectFields(2, 2, "weekend;day of the week");
        try {
            weekend.add(DayOfWeek.valueOf(line.field(1).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw line.refused("'" + line.field(1) + "' is not a day of the week in English"
                    + " such as SATURDAY or SUNDAY");
        }
    }

    private void add(Line line, HolidayRule rule) {
        for (int index = 0; index < rules.size(); index++) {
            if (sameDay(rules.get(index), rule)) {
                throw line.refused("the same day is already listed at " + ruleWhere.get(index)
                        + " for some of the same years; keep one line for it");
            }
        }
        rules.add(rule);
        ruleWhere.add(line.where());
    }

    private static boolean sameDay(HolidayRule one, HolidayRule other) {
        if (one instanceof HolidayRule.FixedDate a && other instanceof HolidayRule.FixedDate b) {
            return a.day().equals(b.day()) && a.years().overlap(b.years());
        }
        if (one instanceof HolidayRule.EasterRelative a
                && other instanceof HolidayRule.EasterRelative b) {
            return a.daysAfterEaster() == b.daysAfterEaster() && a.years().overlap(b.years());
        }
        if (one instanceof HolidayRule.OneOff a && other instanceof HolidayRule.OneOff b) {
            return a.date().equals(b.date());
        }
        return false;
    }
}
