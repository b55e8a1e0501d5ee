package pl.lukasiewicz.challenges.decision;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.InvalidRequestException;
import pl.lukasiewicz.challenges.web.QueryParams;

/**
 * What an auditor asks of the decision log: by model, version, time range, case (lead) and
 * outcome, each optional. An outcome matches a row when any value in its outputs is that
 * text, e.g. {@code REJECT}. A date without a time is a whole day in the network's time zone.
 */
public record DecisionLogQuery(String model, Integer version, OffsetDateTime from,
        OffsetDateTime to, Long leadId, String outcome) {

    /** Dates are the network's, in Poland. */
    static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Warsaw");

    /** Reads the query parameters, refusing every bad one at once. */
    public static DecisionLogQuery of(String model, String version, String from, String to,
            String lead, String outcome) {
        List<FieldError> errors = new ArrayList<>();
        Integer modelVersion = read(errors, () -> version == null ? null
                : (int) QueryParams.required("version", version, 1, Integer.MAX_VALUE));
        Long leadId = read(errors, () -> lead == null ? null
                : QueryParams.required("leadId", lead, 1, Long.MAX_VALUE));
        OffsetDateTime start = instant(errors, "from", from, false);
        OffsetDateTime end = instant(errors, "to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add(new FieldError("to", "EMPTY_RANGE", "'to' must come after 'from'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new DecisionLogQuery(blankToNull(model), modelVersion, start, end, leadId,
                blankToNull(outcome));
    }

    /** How many rows match. */
    long count() {
        Condition where = where();
        Query query = Panache.getEntityManager().createNativeQuery(
                "select count(*) from decision_log" + where.sql());
        where.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** One page of matching rows, newest first. */
    @SuppressWarnings("unchecked")
    List<DecisionLogEntry> page(int page, int size) {
        Condition where = where();
        Query query = Panache.getEntityManager().createNativeQuery(
                "select d.*, l.chain_position as \"chainPosition\", l.row_hash as \"rowHash\""
                        + " from decision_log d left join audit_chain_link l"
                        + " on l.chain_name = 'decision_log' and l.row_id = d.id" + where.sql()
                        + " order by d.id desc limit " + size + " offset " + (long) page * size,
                DecisionLogEntry.class);
        where.bind(query);
        return query.getResultList();
    }

    /** A where clause and the values of its parameters, in order. */
    private record Condition(List<String> parts, List<Object> values) {

        void add(String sql, Object... parameters) {
            String numbered = sql;
            for (Object parameter : parameters) {
                values.add(parameter);
                numbered = numbered.replaceFirst("\\?(?!\\d)", "?" + values.size());
            }
            parts.add(numbered);
        }

        String sql() {
            return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
        }

        void bind(Query query) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
        }
    }

    private Condition where() {
        Condition where = new Condition(new ArrayList<>(), new ArrayList<>());
        if (model != null) {
            where.add("model_name = ?", model);
        }
        if (version != null) {
            where.add("model_version = ?", version);
        }
        if (from != null) {
            where.add("evaluated_at >= ?", from);
        }
        if (to != null) {
            where.add("evaluated_at < ?", to);
        }
        if (leadId != null) {
            where.add("lead_id = ?", leadId);
        }
        if (outcome != null) {
            where.add("jsonb_path_exists(outputs, cast(? as jsonpath),"
                    + " jsonb_build_object('v', cast(? as text)))", "$.** ? (@ == $v)", outcome);
        }
        return where;
    }

    private static OffsetDateTime instant(List<FieldError> errors, String name, String value,
            boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().length() == 10) {
                LocalDate day = LocalDate.parse(value.strip());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(NETWORK_ZONE)
                        .toOffsetDateTime();
            }
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "BAD_FORMAT", "Expected a date (2026-12-04) or a"
                    + " date-time with offset (2026-12-04T10:00:00+01:00) but got '" + value
                    + "'"));
            return null;
        }
    }

    private static <T> T read(List<FieldError> errors, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InvalidRequestException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
