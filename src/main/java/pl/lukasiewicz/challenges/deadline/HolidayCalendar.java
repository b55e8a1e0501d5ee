package pl.lukasiewicz.challenges.deadline;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network's days off, read from {@value CalendarSource#PACKAGED} and any extra files: the
 * statutory holidays, one-off days, the weekend days and the time zone deadlines are kept in.
 * See {@link HolidayCalendarReader} for the file format.
 */
public final class HolidayCalendar {

    private final ZoneId zone;
    private final Set<DayOfWeek> weekend;
    private final List<HolidayRule> rules;
    private final Map<Integer, Map<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

    HolidayCalendar(ZoneId zone, Set<DayOfWeek> weekend, List<HolidayRule> rules) {
        this.zone = zone;
        this.weekend = Set.copyOf(weekend);
        this.rules = List.copyOf(rules);
    }

    /** The calendar the service is released with. */
    public static HolidayCalendar packaged() {
        return HolidayCalendarReader.read(List.of(CalendarSource.packaged()));
    }

    /** The released calendar together with extra files an administrator keeps. */
    public static HolidayCalendar packagedWith(List<Path> extraFiles) {
        List<CalendarSource> sources = new ArrayList<>();
        sources.add(CalendarSource.packaged());
        extraFiles.forEach(path -> sources.add(CalendarSource.file(path)));
        return HolidayCalendarReader.read(sources);
    }

    /** The time zone whose dates the network's deadlines count in. */
    public ZoneId zone() {
        return zone;
    }

    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /** The holiday on the date with its name, if the date is one; weekends are not named. */
    public Optional<Holiday> holidayOn(LocalDate date) {
        String name = holidaysIn(date.getYear()).get(date);
        return Optional.ofNullable(name).map(found -> new Holiday(date, found));
    }

    /** Every holiday of a year in date order, including those on a weekend. */
    public List<Holiday> holidaysOf(int year) {
        return holidaysIn(year).entrySet().stream()
                .map(entry -> new Holiday(entry.getKey(), entry.getValue()))
                .sorted((one, other) -> one.date().compareTo(other.date()))
                .toList();
    }

    /** A weekend day or a holiday. */
    public boolean isDayOff(LocalDate date) {
        return weekend.contains(date.getDayOfWeek()) || holidayOn(date).isPresent();
    }

    private Map<LocalDate, String> holidaysIn(int year) {
        return holidaysByYear.computeIfAbsent(year, this::collect);
    }

    private Map<LocalDate, String> collect(int year) {
        Map<LocalDate, String> names = new LinkedHashMap<>();
        for (HolidayRule rule : rules) {
            rule.in(year).ifPresent(holiday -> names.merge(holiday.date(), holiday.name(),
                    (first, second) -> first + " / " + second));
        }
        return Map.copyOf(names);
    }
}
