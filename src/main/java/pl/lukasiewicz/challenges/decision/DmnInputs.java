package pl.lukasiewicz.challenges.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.feel.lang.types.impl.ComparablePeriod;
import pl.lukasiewicz.challenges.web.FieldError;

/**
 * Turns the JSON object a caller sends for a decision into the model's inputs, each value
 * read as the type its input data declares in the DMN file.
 *
 * <p>The JSON comes as a Jackson tree ({@link JsonNode}) rather than a map, because a tree
 * keeps what the caller wrote: text stays text and is never taken for a number, and a number
 * read with {@code USE_BIG_DECIMAL_FOR_FLOATS} keeps all its digits. {@link #fromJson(DMNModel,
 * String)} reads the text itself that way; a tree whose numbers were already read as doubles
 * gives the shortest decimal of each double, which may have lost digits the caller sent.
 *
 * <table>
 * <caption>How each declared type is read</caption>
 * <tr><th>DMN type</th><th>JSON</th><th>Java value given to the model</th></tr>
 * <tr><td>number</td><td>number</td><td>{@link BigDecimal}, exact</td></tr>
 * <tr><td>string</td><td>text</td><td>{@link String}</td></tr>
 * <tr><td>boolean</td><td>true / false</td><td>{@link Boolean}</td></tr>
 * <tr><td>date</td><td>text {@code 2016-11-01}</td><td>{@link LocalDate}</td></tr>
 * <tr><td>time</td><td>text {@code 10:15:00}, {@code 10:15:00+01:00}</td>
 *     <td>{@link LocalTime}, {@link OffsetTime}</td></tr>
 * <tr><td>date and time</td><td>text {@code 2016-11-01T10:15:00}, with an offset
 *     ({@code +01:00}, {@code Z}) or a zone ({@code @Europe/Warsaw})</td>
 *     <td>{@link LocalDateTime}, {@link ZonedDateTime}</td></tr>
 * <tr><td>days and time duration</td><td>text {@code P2DT3H}</td><td>{@link Duration}</td></tr>
 * <tr><td>years and months duration</td><td>text {@code P1Y6M}</td>
 *     <td>{@link ComparablePeriod}, the FEEL engine's own period</td></tr>
 * <tr><td>a structure (item definition with components)</td><td>object</td>
 *     <td>{@link Map}, field by field</td></tr>
 * <tr><td>a collection</td><td>array</td><td>{@link List}, item by item</td></tr>
 * <tr><td>Any, context, or no type</td><td>anything</td><td>numbers exact, text as text,
 *     objects and arrays as maps and lists</td></tr>
 * </table>
 *
 * <p>JSON null is given as null, and a structure's missing field as null. Every problem is
 * collected before refusing, with these codes: {@code BODY_MISSING}, {@code MALFORMED_JSON}
 * (also: an input given twice), {@code NOT_AN_OBJECT}, {@code UNKNOWN_INPUT} (a key that is
 * not an input data of the model), {@code UNKNOWN_FIELD} (a key that is not a component of
 * the structure), {@code WRONG_TYPE} (e.g. text where a number is declared) and
 * {@code BAD_FORMAT} (text that is not a date, time or duration of the declared kind).
 *
 * <p>A time with a zone name ({@code 10:15:00@Europe/Warsaw}) is refused: FEEL keeps it in a
 * type of its own, and no model here asks for one yet. An offset gives the same instant.
 */
public final class DmnInputs {

    private static final ObjectMapper EXACT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Set<String> ANY_TYPE_NAMES = Set.of("Any", "any", "unknown");

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter();

    private static final DateTimeFormatter DATE_AND_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .optionalStart().appendLiteral('@').appendZoneRegionId().optionalEnd()
            .toFormatter();

    private static final Pattern YEARS_AND_MONTHS =
            Pattern.compile("(-)?P(?:(\\d{1,9})Y)?(?:(\\d{1,9})M)?");

    private DmnInputs() {
    }

    /**
     * Reads JSON text, keeping every digit of its numbers, into the model's inputs.
     *
     * @throws InvalidInputsException when the text is not JSON or the inputs do not fit
     */
    public static Map<String, Object> fromJson(DMNModel model, String json) {
        if (json == null || json.isBlank()) {
            throw refused(model, "BODY_MISSING", "No inputs were sent; send a JSON object"
                    + " whose keys are the model's input data names");
        }
        JsonNode tree;
        try {
            tree = EXACT_JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw refused(model, "MALFORMED_JSON", "The inputs are not valid JSON: "
                    + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
        return fromJson(model, tree);
    }

    /**
     * Reads a JSON object whose keys are the model's input data names into its inputs.
     *
     * @throws InvalidInputsException listing every input that does not fit the model
     */
    public static Map<String, Object> fromJson(DMNModel model, JsonNode inputs) {
        Reading reading = new Reading();
        Map<String, Object> values = reading.inputs(model, inputs);
        if (!reading.errors.isEmpty()) {
            throw new InvalidInputsException(model.getName(), reading.errors);
        }
        return values;
    }

    private static InvalidInputsException refused(DMNModel model, String code,
            String reason) {
        return new InvalidInputsException(model.getName(),
                List.of(new FieldError("$", code, reason)));
    }

    /** One reading of a request: the values read so far and every problem found. */
    private static final class Reading {

        private final List<FieldError> errors = new ArrayList<>();

        Map<String, Object> inputs(DMNModel model, JsonNode object) {
            Map<String, Object> values = new LinkedHashMap<>();
            if (object == null || !object.isObject()) {
                reject("$", "NOT_AN_OBJECT", "Expected a JSON object whose keys are the"
                        + " input data of model '" + model.getName() + "' but got "
                        + describe(object));
                return values;
            }
            Map<String, DMNType> declared = new LinkedHashMap<>();
            for (InputDataNode input : model.getInputs()) {
                declared.put(input.getName(), input.getType());
            }

            object.fields().forEachRemaining(entry -> {
                String name = entry.getKey();
                DMNType type = declared.get(name);
                if (type == null) {
                    reject(name, "UNKNOWN_INPUT", "Model '" + model.getName()
                            + "' has no input data of this name; its inputs are "
                            + declared.keySet());
                    return;
                }
                values.put(name, value(entry.getValue(), type, name));
            });
            return values;
        }

        private Object value(JsonNode node, DMNType type, String path) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (isAny(type)) {
                return anything(node);
            }
            if (type.isCollection()) {
                return list(node, type, path);
            }
            if (type.getBaseType() != null) {
                // a type defined as another (an item definition narrowing a built-in type, a
                // component referring to a list type) is read as that other type
                return value(node, type.getBaseType(), path);
            }
            if (type.isComposite()) {
                return structure(node, type, path);
            }
            return builtIn(node, type.getName(), path);
        }

        private static boolean isAny(DMNType type) {
            return type.getBaseType() == null && !type.isComposite()
                    && ANY_TYPE_NAMES.contains(type.getName());
        }

        private Object list(JsonNode node, DMNType listType, String path) {
            if (!node.isArray()) {
                return wrongType(path, "a list (DMN type " + listType.getName() + ")", node);
            }
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(item(node.get(i), listType, path + "[" + i + "]"));
            }
            return items;
        }

        private Object item(JsonNode node, DMNType listType, String path) {
            if (listType.getBaseType() != null) {
                return value(node, listType.getBaseType(), path);
            }
            if (listType.isComposite()) {
                // a collection whose item definition lists the components itself
                return node == null || node.isNull() ? null : structure(node, listType, path);
            }
            return anything(node);
        }

        private Object structure(JsonNode node, DMNType type, String path) {
            if (!node.isObject()) {
                return wrongType(path, "an object (DMN type " + type.getName() + ")", node);
            }
            Map<String, DMNType> fields = type.getFields();
            if (fields.isEmpty()) {
                return anything(node);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            fields.keySet().forEach(field -> values.put(field, null));

            node.fields().forEachRemaining(entry -> {
                String field = entry.getKey();
                String fieldPath = path + "." + field;
                if (!fields.containsKey(field)) {
                    reject(fieldPath, "UNKNOWN_FIELD", "Type " + type.getName()
                            + " has no component of this name; its components are "
                            + fields.keySet());
                    return;
                }
                values.put(field, value(entry.getValue(), fields.get(field), fieldPath));
            });
            return values;
        }

        private Object builtIn(JsonNode node, String typeName, String path) {
            return switch (typeName) {
                case "number" -> node.isNumber()
                        ? node.decimalValue()
                        : wrongType(path, "a number (DMN type number)", node);
                case "string" -> node.isTextual()
                        ? node.textValue()
                        : wrongType(path, "text (DMN type string)", node);
                case "boolean" -> node.isBoolean()
                        ? node.booleanValue()
                        : wrongType(path, "true or false (DMN type boolean)", node);
                case "date" -> date(node, path);
                case "time" -> time(node, path);
                case "date and time", "dateTime" -> dateAndTime(node, path);
                case "days and time duration", "dayTimeDuration" -> daysAndTime(node, path);
                case "years and months duration", "yearMonthDuration" ->
                        yearsAndMonths(node, path);
                case "duration" -> anyDuration(node, path);
                case "list" -> node.isArray()
                        ? anything(node)
                        : wrongType(path, "a list (DMN type list)", node);
                default -> anything(node);
            };
        }

        private Object date(JsonNode node, String path) {
            String expected = "a date such as 2016-11-01 (DMN type date)";
            if (!node.isTextual()) {
                return wrongType(path, expected, node);
            }
            try {
                return LocalDate.parse(node.textValue());
            } catch (DateTimeException e) {
                return badFormat(path, expected, node);
            }
        }

        private Object time(JsonNode node, String path) {
            String expected = "a time such as 10:15:00 or 10:15:00+01:00 (DMN type time)";
            if (!node.isTextual()) {
                return wrongType(path, expected, node);
            }
            try {
                return TIME.parseBest(node.textValue(), OffsetTime::from, LocalTime::from);
            } catch (DateTimeException e) {
                return badFormat(path, expected, node);
            }
        }

        private Object dateAndTime(JsonNode node, String path) {
            String expected = "a date and time such as 2016-11-01T10:15:00, with an offset"
                    + " (+01:00, Z) or a zone (@Europe/Warsaw) if it has one"
                    + " (DMN type date and time)";
            if (!node.isTextual()) {
                return wrongType(path, expected, node);
            }
            try {
                return DATE_AND_TIME.parseBest(node.textValue(), ZonedDateTime::from,
                        LocalDateTime::from);
            } catch (DateTimeException e) {
                return badFormat(path, expected, node);
            }
        }

        private Object daysAndTime(JsonNode node, String path) {
            String expected = "a days and time duration such as P2DT3H or PT90M"
                    + " (DMN type days and time duration)";
            if (!node.isTextual()) {
                return wrongType(path, expected, node);
            }
            Duration duration = readDaysAndTime(node.textValue());
            return duration != null ? duration : badFormat(path, expected, node);
        }

        private Object yearsAndMonths(JsonNode node, String path) {
            String expected = "a years and months duration such as P1Y6M"
                    + " (DMN type years and months duration)";
            if (!node.isTextual()) {
                return wrongType(path, expected, node);
            }
            ComparablePeriod period = readYearsAndMonths(node.textValue());
            return period != null ? period : badFormat(path, expected, node);
        }

        private Object anyDuration(JsonNode node, String path) {
            String expected = "a duration such as P2DT3H or P1Y6M (DMN type duration)";
            if (!node.isTextual()) {
                return wrongType(path, expected, node);
            }
            Duration duration = readDaysAndTime(node.textValue());
            if (duration != null) {
                return duration;
            }
            ComparablePeriod period = readYearsAndMonths(node.textValue());
            return period != null ? period : badFormat(path, expected, node);
        }

        /** A value of no declared type: numbers stay exact, text stays text. */
        private static Object anything(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            if (node.isArray()) {
                List<Object> items = new ArrayList<>();
                node.forEach(item -> items.add(anything(item)));
                return items;
            }
            if (node.isObject()) {
                Map<String, Object> fields = new LinkedHashMap<>();
                node.fields().forEachRemaining(
                        entry -> fields.put(entry.getKey(), anything(entry.getValue())));
                return fields;
            }
            return node.asText();
        }

        private Object wrongType(String path, String expected, JsonNode node) {
            reject(path, "WRONG_TYPE", "Expected " + expected + " but got " + describe(node));
            return null;
        }

        private Object badFormat(String path, String expected, JsonNode node) {
            reject(path, "BAD_FORMAT", "Expected " + expected + " but got " + describe(node));
            return null;
        }

        private void reject(String field, String code, String reason) {
            errors.add(new FieldError(field, code, reason));
        }
    }

    /** The duration, or null when the text is not a days and time duration. */
    private static Duration readDaysAndTime(String text) {
        if (text.indexOf('-') > 0) {
            return null; // FEEL allows a sign only in front of the whole duration
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The period, or null when the text is not a years and months duration. */
    private static ComparablePeriod readYearsAndMonths(String text) {
        Matcher matcher = YEARS_AND_MONTHS.matcher(text);
        if (!matcher.matches() || (matcher.group(2) == null && matcher.group(3) == null)) {
            return null;
        }
        int years = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        int months = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        Period period = Period.of(years, months, 0).normalized();
        return new ComparablePeriod(matcher.group(1) == null ? period : period.negated());
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case STRING -> "'" + shortened(node.textValue()) + "'";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase();
        };
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
