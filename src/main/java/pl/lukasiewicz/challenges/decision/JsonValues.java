package pl.lukasiewicz.challenges.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns decision inputs and results into values that JSON keeps exactly: numbers stay exact
 * decimals, dates and durations become their ISO text, structures keep their order.
 */
final class JsonValues {

    private JsonValues() {
    }

    static Map<String, Object> ofMap(Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((key, value) -> copy.put(key, of(value)));
        }
        return copy;
    }

    /** Java records (rule outcomes, facts) as structures of their components. */
    static List<Object> ofRecords(List<?> records) {
        return records.stream().map(record -> of(RECORDS.convertValue(record, Map.class)))
                .toList();
    }

    private static final ObjectMapper RECORDS = new ObjectMapper();

    static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean
                || value instanceof BigDecimal || value instanceof Integer
                || value instanceof Long) {
            return value;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), of(item)));
            return copy;
        }
        if (value instanceof Iterable<?> items) {
            List<Object> copy = new ArrayList<>();
            items.forEach(item -> copy.add(of(item)));
            return copy;
        }
        return value.toString();
    }
}
