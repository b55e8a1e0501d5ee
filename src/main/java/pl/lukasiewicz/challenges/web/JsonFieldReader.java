package pl.lukasiewicz.challenges.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads fields of a JSON object one by one and collects a {@link FieldError} for each that is
 * missing, of the wrong type, too long or badly formed, so that a caller hears about every
 * problem at once. Values come back empty when they are not acceptable.
 */
public final class JsonFieldReader {

    private final JsonNode object;
    private final String path;
    private final List<FieldError> errors;

    private JsonFieldReader(JsonNode object, String path, List<FieldError> errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    public static JsonFieldReader of(JsonNode object) {
        return new JsonFieldReader(object, "", new ArrayList<>());
    }

    public JsonFieldReader nested(JsonNode child, String childPath) {
        return new JsonFieldReader(child, childPath, errors);
    }

    public String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Errors past this many are dropped, so a refusal never outgrows the request. */
    public static final int MAX_ERRORS = 50;

    public void reject(String field, String code, String reason) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(field, code, reason));
        }
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Names every field the object has that the reader does not know. */
    public void rejectUnknownFields(Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                reject(pathOf(name), "UNKNOWN_FIELD", "This field is not part of the form");
            }
        });
    }

    /** Like {@link #requiredChoice}, but an absent, null or blank value is no choice. */
    public <E extends Enum<E>> Optional<E> optionalChoice(String field, Class<E> choices) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull() || node.isTextual() && Texts.isBlank(node.textValue())) {
            return Optional.empty();
        }
        return requiredChoice(field, choices);
    }

    public Optional<String> requiredText(String field, int maxLength) {
        Optional<String> value = optionalText(field, maxLength);
        if (value.isEmpty() && hasNoErrorYet(field)) {
            reject(pathOf(field), "REQUIRED", "This field is required and must not be blank");
        }
        return value;
    }

    public Optional<String> optionalText(String field, int maxLength) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            reject(pathOf(field), "WRONG_TYPE",
                    "Expected text but got " + describe(node));
            return Optional.empty();
        }
        String value = node.textValue().strip();
        if (Texts.isBlank(value)) {
            return Optional.empty();
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            reject(pathOf(field), "TOO_LONG", "At most " + maxLength
                    + " characters are accepted; this has " + length);
            return Optional.empty();
        }
        Optional<String> unacceptable = Texts.unacceptableCharacter(value);
        if (unacceptable.isPresent()) {
            reject(pathOf(field), "BAD_CHARACTER", "The text contains " + unacceptable.get()
                    + ", which is not accepted");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public Optional<String> matching(Optional<String> value, String field, Pattern pattern,
            String expectation) {
        if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
            reject(pathOf(field), "BAD_FORMAT", "Expected " + expectation);
            return Optional.empty();
        }
        return value;
    }

    public <E extends Enum<E>> Optional<E> requiredChoice(String field, Class<E> choices) {
        Optional<String> text = requiredText(field, 64);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E choice : choices.getEnumConstants()) {
            if (choice.name().equals(text.get())) {
                return Optional.of(choice);
            }
        }
        reject(pathOf(field), "NOT_ONE_OF", "Expected one of "
                + List.of(choices.getEnumConstants()) + " but got '" + text.get() + "'");
        return Optional.empty();
    }

    public Optional<Long> requiredWholeNumber(String field, long min, long max) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            reject(pathOf(field), "REQUIRED", "This field is required");
            return Optional.empty();
        }
        if (!node.isIntegralNumber()) {
            reject(pathOf(field), "WRONG_TYPE", "Expected a whole number but got "
                    + describe(node));
            return Optional.empty();
        }
        if (!node.canConvertToLong()) {
            reject(pathOf(field), "OUT_OF_RANGE",
                    "Expected a number from " + min + " to " + max);
            return Optional.empty();
        }
        long value = node.longValue();
        if (value < min || value > max) {
            reject(pathOf(field), "OUT_OF_RANGE",
                    "Expected a number from " + min + " to " + max + " but got " + value);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** True when the field is there with a value other than null. */
    public boolean has(String field) {
        JsonNode node = object.get(field);
        return node != null && !node.isNull();
    }

    public Optional<Boolean> requiredBoolean(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            reject(pathOf(field), "REQUIRED", "This field is required: true or false");
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            reject(pathOf(field), "WRONG_TYPE", "Expected true or false but got "
                    + describe(node));
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    /**
     * Reads an exact decimal (a JSON number or a numeric string) within [min, max] with at
     * most {@code scale} digits after the point; money is never read as a floating point.
     */
    public Optional<BigDecimal> requiredDecimal(String field, BigDecimal min, BigDecimal max,
            int scale) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            reject(pathOf(field), "REQUIRED", "This field is required");
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = node.isNumber() ? node.decimalValue()
                    : node.isTextual() ? new BigDecimal(node.textValue().strip()) : null;
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null) {
            reject(pathOf(field), "WRONG_TYPE", "Expected a decimal number but got "
                    + describe(node));
            return Optional.empty();
        }
        if (value.stripTrailingZeros().scale() > scale) {
            reject(pathOf(field), "TOO_PRECISE", "At most " + scale
                    + " digits after the decimal point are accepted");
            return Optional.empty();
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            reject(pathOf(field), "OUT_OF_RANGE", "Expected a number from "
                    + min.toPlainString() + " to " + max.toPlainString() + " but got "
                    + value.toPlainString());
            return Optional.empty();
        }
        return Optional.of(value.setScale(scale, java.math.RoundingMode.UNNECESSARY));
    }

    /** Reads an optional array of objects, each with the given reader for its fields. */
    public <T> List<T> optionalObjects(String field, int maxItems,
            Function<JsonFieldReader, Optional<T>> itemReader) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            reject(pathOf(field), "WRONG_TYPE", "Expected a list but got " + describe(node));
            return List.of();
        }
        if (node.size() > maxItems) {
            reject(pathOf(field), "TOO_MANY",
                    "At most " + maxItems + " items are accepted; this has " + node.size());
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String itemPath = pathOf(field) + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                reject(itemPath, "WRONG_TYPE", "Expected an object but got " + describe(item));
                continue;
            }
            itemReader.apply(nested(item, itemPath)).ifPresent(items::add);
        }
        return items;
    }

    private boolean hasNoErrorYet(String field) {
        return errors.stream().noneMatch(e -> e.field().equals(pathOf(field)));
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case STRING -> "text";
            default -> node.getNodeType().name().toLowerCase();
        };
    }
}
