package pl.lukasiewicz.challenges.web;

import java.util.List;

/** Reads numbers from query and path parameters, refusing bad ones with the parameter's name. */
public final class QueryParams {

    private QueryParams() {
    }

    /** A whole number from {@code min} to {@code max}, or {@code otherwise} when absent. */
    public static long wholeNumber(String name, String value, long min, long max,
            long otherwise) {
        if (value == null) {
            return otherwise;
        }
        return required(name, value, min, max);
    }

    /** A whole number that must be given, from {@code min} to {@code max}. */
    public static long required(String name, String value, long min, long max) {
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw refusal(name, "BAD_FORMAT", "Expected a whole number but got '" + value + "'");
        }
        if (number < min || number > max) {
            throw refusal(name, "OUT_OF_RANGE",
                    "Expected a number from " + min + " to " + max + " but got " + number);
        }
        return number;
    }

    private static InvalidRequestException refusal(String name, String code, String reason) {
        return new InvalidRequestException(List.of(new FieldError(name, code, reason)));
    }
}
