package pl.lukasiewicz.challenges.decision;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.kie.dmn.api.core.DMNType;

/**
 * One cell of a scenario table, read as a value of a DMN type. An empty cell means "no value
 * given" (an input left empty is null; an expected output left empty is not checked); the word
 * null, unquoted, is the value null. A quoted cell is text exactly as written, so "" is an empty
 * text and "null" the word.
 */
record ScenarioCell(String text, boolean quoted) {

    static final ScenarioCell EMPTY = new ScenarioCell("", false);

    boolean isEmpty() {
        return !quoted && text.isEmpty();
    }

    boolean isNull() {
        return !quoted && text.equals("null");
    }

    /** The cell's value for a DMN type: numbers are exact decimals, lists are written a|b|c. */
    Object read(DMNType type) {
        if (isEmpty() || isNull()) {
            return null;
        }
        if (isList(type)) {
            return items().stream().map(item -> one(item, builtInName(type))).toList();
        }
        return one(text, builtInName(type));
    }

    /** Table row numbers, as the DMN editor shows them (from 1), written 1|3. */
    List<BigDecimal> rowNumbers() {
        return items().stream().map(item -> (BigDecimal) one(item, "number")).toList();
    }

    /**
     * A value as comparable text: numbers without trailing zeros (30 and 30.00 are equal),
     * lists as [a|b], everything else as its ISO or plain text.
     */
    static String canonical(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return canonical(new BigDecimal(number.toString()));
        }
        if (value instanceof List<?> items) {
            return items.stream().map(ScenarioCell::canonical)
                    .collect(Collectors.joining("|", "[", "]"));
        }
        return value.toString();
    }

    private List<String> items() {
        if (!quoted && text.equals("[]")) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(text.split("\\|", -1)).map(String::strip).toList());
    }

    /** A list type, or built on one: a structure's field of type tInstitutes is a list. */
    private static boolean isList(DMNType type) {
        for (DMNType t = type; t != null; t = t.getBaseType()) {
            if (t.isCollection()) {
                return true;
            }
        }
        return false;
    }

    /** The FEEL type a type is built on: tMoney is a number, tInstitutes a list of strings. */
    private static String builtInName(DMNType type) {
        DMNType root = type;
        while (root.getBaseType() != null) {
            root = root.getBaseType();
        }
        return root.getName();
    }

    private static Object one(String text, String feelType) {
        if (text.equals("null")) {
            return null;
        }
        try {
            return switch (feelType) {
                case "string" -> text;
                case "number" -> new BigDecimal(text);
                case "boolean" -> bool(text);
                case "date" -> LocalDate.parse(text);
                case "time" -> text.matches(".*([+-]\\d\\d:\\d\\d|Z)$")
                        ? OffsetTime.parse(text) : LocalTime.parse(text);
                case "date and time" -> dateAndTime(text);
                case "days and time duration" -> Duration.parse(text);
                default -> throw new IllegalArgumentException("values of DMN type '" + feelType
                        + "' cannot be written in a scenario table yet");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number; write it with a"
                    + " dot and no spaces, for example 49999.99");
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + feelType + "; write "
                    + example(feelType));
        }
    }

    private static Boolean bool(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text.toLowerCase());
        }
        throw new IllegalArgumentException("'" + text + "' is not a boolean; write true or false");
    }

    /**
     * 2026-10-25T23:30:00@Europe/Warsaw (a zone), 2026-10-25T22:30:00Z or ...+01:00 (an offset),
     * or 2026-10-25T23:30:00 (no zone: the model decides how to read it). A local time that a
     * zone skips or repeats at a clock change is resolved as java.time does: moved forward by
     * the gap, or the earlier of the two offsets.
     */
    private static Object dateAndTime(String text) {
        int at = text.indexOf('@');
        if (at > 0) {
            return ZonedDateTime.of(LocalDateTime.parse(text.substring(0, at)),
                    ZoneId.of(text.substring(at + 1)));
        }
        if (text.matches(".*T.*([+-]\\d\\d:\\d\\d|Z)$")) {
            return ZonedDateTime.parse(text);
        }
        return LocalDateTime.parse(text);
    }

    private static String example(String feelType) {
        return switch (feelType) {
            case "date" -> "2026-03-29";
            case "time" -> "23:30:00 or 23:30:00+01:00";
            case "date and time" -> "2026-10-25T23:30:00@Europe/Warsaw, 2026-10-25T22:30:00Z"
                    + " or 2026-10-25T23:30:00";
            default -> "P1DT2H";
        };
    }
}
