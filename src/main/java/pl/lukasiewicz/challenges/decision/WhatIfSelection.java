package pl.lukasiewicz.challenges.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.InvalidRequestException;

/** Reads which logged cases a what-if replays: {"last": N} or {"from": t, "to": t}. */
final class WhatIfSelection {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WhatIfSelection() {
    }

    static WhatIf.Selection read(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw refusal("$", "MALFORMED_JSON", "The body is not valid JSON");
        }
        if (!root.isObject()) {
            throw refusal("$", "NOT_AN_OBJECT", "Send {\"last\": N} or {\"from\": .., \"to\": ..}");
        }
        List<FieldError> errors = new ArrayList<>();
        Integer last = null;
        if (root.has("last")) {
            JsonNode node = root.get("last");
            if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 1
                    || node.intValue() > WhatIf.MAX_CASES) {
                errors.add(new FieldError("last", "OUT_OF_RANGE",
                        "A whole number of cases from 1 to " + WhatIf.MAX_CASES));
            } else {
                last = node.intValue();
            }
        }
        OffsetDateTime from = instant(root, "from", errors);
        OffsetDateTime to = instant(root, "to", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new WhatIf.Selection(last, from, to);
    }

    private static OffsetDateTime instant(JsonNode root, String field, List<FieldError> errors) {
        if (!root.hasNonNull(field)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(root.get(field).asText());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "BAD_FORMAT",
                    "Expected a date-time with its offset, e.g. 2026-12-01T00:00:00+01:00"));
            return null;
        }
    }

    private static InvalidRequestException refusal(String field, String code, String reason) {
        return new InvalidRequestException(List.of(new FieldError(field, code, reason)));
    }
}
