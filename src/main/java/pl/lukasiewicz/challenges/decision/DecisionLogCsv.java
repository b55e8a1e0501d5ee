package pl.lukasiewicz.challenges.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decision-log rows as CSV (RFC 4180) for a spreadsheet: one row per decision, structured
 * columns (inputs, matched rows or fired rules, outputs) as JSON text. A cell that a
 * spreadsheet would run as a formula starts with an apostrophe.
 */
final class DecisionLogCsv {

    private static final String HEADER = "id,evaluatedAt,modelName,modelVersion,modelHash,"
            + "leadId,caller,inputs,matchedRules,outputs,durationMicros,chainPosition,rowHash";

    private DecisionLogCsv() {
    }

    static String of(List<DecisionLogEntry> entries, ObjectMapper json)
            throws JsonProcessingException {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (DecisionLogEntry e : entries) {
            csv.append(Stream.of(e.id, e.evaluatedAt, e.modelName, e.modelVersion, e.modelHash,
                    e.leadId, e.caller, json.writeValueAsString(e.inputs),
                    json.writeValueAsString(e.matchedRules), json.writeValueAsString(e.outputs),
                    e.durationMicros, e.chainPosition, e.rowHash)
                    .map(DecisionLogCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n")
                || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
