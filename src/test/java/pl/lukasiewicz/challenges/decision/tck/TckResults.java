package pl.lukasiewicz.challenges.decision.tck;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.dmn.feel.lang.types.impl.ComparablePeriod;

/**
 * Compares a TCK expected result with a result as the service gives it (JSON values: exact
 * numbers, text, booleans, maps, lists, with dates, times and durations as ISO text), and
 * says every place they differ. Nothing is rounded or trimmed:
 * <ul>
 * <li>a number equals another when their {@link BigDecimal} values compare as equal, so
 *     {@code 27} equals {@code 27.0} but not {@code 27.0000001};</li>
 * <li>text equals text code point by code point;</li>
 * <li>a date, time, date and time or duration equals the ISO text that reads back as an
 *     equal value of the same kind (a zone or offset must be the same too);</li>
 * <li>a list equals a list of the same length, item by item;</li>
 * <li>a structure equals a map with the same field names, field by field;</li>
 * <li>null equals only null, and a boolean only the same boolean.</li>
 * </ul>
 */
public final class TckResults {

    private TckResults() {
    }

    /** Where and how the actual value differs from the expected one; empty when equal. */
    public static List<String> differences(String path, Object expected, Object actual) {
        List<String> found = new ArrayList<>();
        compare(path, expected, actual, found);
        return found;
    }

    private static void compare(String path, Object expected, Object actual, List<String> found) {
        if (expected == null || actual == null) {
            if (expected != actual) {
                found.add(path + ": expected " + shown(expected) + " but got " + shown(actual));
            }
            return;
        }
        if (expected instanceof BigDecimal number) {
            compareNumber(path, number, actual, found);
        } else if (expected instanceof String text) {
            compareText(path, text, actual, found);
        } else if (expected instanceof Boolean) {
            if (!expected.equals(actual)) {
                found.add(path + ": expected " + expected + " but got " + shown(actual));
            }
        } else if (expected instanceof List<?> items) {
            compareList(path, items, actual, found);
        } else if (expected instanceof Map<?, ?> structure) {
            compareStructure(path, structure, actual, found);
        } else {
            compareTemporal(path, expected, actual, found);
        }
    }

    private static void compareNumber(String path, BigDecimal expected, Object actual,
            List<String> found) {
        if (!(actual instanceof Number number)) {
            found.add(path + ": expected the number " + expected + " but got "
                    + shown(actual));
            return;
        }
        if (new BigDecimal(number.toString()).compareTo(expected) != 0) {
            found.add(path + ": expected " + expected.toPlainString() + " but got " + number);
        }
    }

    private static void compareText(String path, String expected, Object actual,
            List<String> found) {
        if (!(actual instanceof String text)) {
            found.add(path + ": expected text " + shown(expected) + " but got " + shown(actual));
            return;
        }
        if (!Arrays.equals(expected.codePoints().toArray(), text.codePoints().toArray())) {
            found.add(path + ": expected " + shown(expected) + " " + codePoints(expected)
                    + " but got " + shown(text) + " " + codePoints(text));
        }
    }

    private static void compareList(String path, List<?> expected, Object actual,
            List<String> found) {
        if (!(actual instanceof List<?> items)) {
            found.add(path + ": expected a list but got " + shown(actual));
            return;
        }
        if (items.size() != expected.size()) {
            found.add(path + ": expected " + expected.size() + " items but got "
                    + items.size() + ": " + items);
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            compare(path + "[" + i + "]", expected.get(i), items.get(i), found);
        }
    }

    private static void compareStructure(String path, Map<?, ?> expected, Object actual,
            List<String> found) {
        if (!(actual instanceof Map<?, ?> fields)) {
            found.add(path + ": expected a structure but got " + shown(actual));
            return;
        }
        if (!fields.keySet().equals(expected.keySet())) {
            found.add(path + ": expected the fields " + new TreeSet<>(expected.keySet())
                    + " but got " + new TreeSet<>(fields.keySet()));
        }
        expected.forEach((name, value) -> {
            if (fields.containsKey(name)) {
                compare(path + "." + name, value, fields.get(name), found);
            }
        });
    }

    private static void compareTemporal(String path, Object expected, Object actual,
            List<String> found) {
        Function<String, Object> reader = isoReaderFor(expected);
        if (!(actual instanceof String text)) {
            found.add(path + ": expected " + expected + " as ISO text but got "
                    + shown(actual));
            return;
        }
        Object read;
        try {
            read = reader.apply(text);
        } catch (DateTimeParseException e) {
            found.add(path + ": expected " + expected + " but got " + shown(text)
                    + ", which is not a " + expected.getClass().getSimpleName());
            return;
        }
        boolean equal = expected instanceof ComparablePeriod period
                ? period.compareTo((ComparablePeriod) read) == 0
                : expected.equals(read);
        if (!equal) {
            found.add(path + ": expected " + expected + " but got " + shown(text));
        }
    }

    private static Function<String, Object> isoReaderFor(Object expected) {
        if (expected instanceof LocalDate) {
            return LocalDate::parse;
        } else if (expected instanceof LocalTime) {
            return LocalTime::parse;
        } else if (expected instanceof OffsetTime) {
            return OffsetTime::parse;
        } else if (expected instanceof LocalDateTime) {
            return LocalDateTime::parse;
        } else if (expected instanceof ZonedDateTime) {
            return ZonedDateTime::parse;
        } else if (expected instanceof Duration) {
            return Duration::parse;
        } else if (expected instanceof ComparablePeriod) {
            return ComparablePeriod::parse;
        }
        throw new IllegalArgumentException("No comparison for an expected "
                + expected.getClass().getName());
    }

    private static String shown(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof String ? "\"" + value + "\"" : value + " ("
                + value.getClass().getSimpleName() + ")";
    }

    private static String codePoints(String text) {
        return text.codePoints().mapToObj(c -> String.format("U+%04X", c))
                .collect(Collectors.joining(" ", "[", "]"));
    }
}
