package pl.lukasiewicz.challenges.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * An analysts' scenario table, {@code dmn/scenarios/<model>.csv}: a header naming the columns,
 * then one scenario per line. Cells are separated by semicolons and may be wrapped in double
 * quotes (a quote inside is doubled). Lines starting with # and empty lines are skipped. The
 * convention is described in dmn/scenarios/README.md.
 */
record ScenarioTable(String fileName, List<Column> columns, List<Row> rows) {

    /** What a column holds, read from its header. */
    enum Kind { SCENARIO, INPUT, EXPECTED_OUTPUT, MATCHED_ROWS, SELECTED_ROWS, EXPECTED_ERROR }

    /** A column: its header as written, what it holds and what it names. */
    record Column(String header, Kind kind, String name) {
    }

    /** One scenario: the line it is on, its description and its cells, one per column. */
    record Row(int line, String scenario, List<ScenarioCell> cells) {

        ScenarioCell cell(int column) {
            return column < cells.size() ? cells.get(column) : ScenarioCell.EMPTY;
        }
    }

    static ScenarioTable parse(String fileName, String content) {
        List<Column> columns = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = content.replace("\uFEFF", "").split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            int line = index + 1;
            if (lines[index].isBlank() || lines[index].strip().startsWith("#")) {
                continue;
            }
            List<ScenarioCell> cells = cellsOf(lines[index], fileName, line);
            if (columns == null) {
                columns = header(cells, fileName, line);
                continue;
            }
            if (cells.stream().allMatch(ScenarioCell::isEmpty)) {
                continue;
            }
            rows.add(row(cells, columns.size(), fileName, line));
        }
        if (columns == null) {
            throw new IllegalArgumentException(fileName + " has no header line");
        }
        return new ScenarioTable(fileName, columns, rows);
    }

    private static List<Column> header(List<ScenarioCell> cells, String fileName, int line) {
        int width = cells.size();
        while (width > 1 && cells.get(width - 1).isEmpty()) {
            width--;
        }
        List<Column> columns = new ArrayList<>();
        for (ScenarioCell cell : cells.subList(0, width)) {
            columns.add(column(cell.text().strip(), fileName, line));
        }
        if (columns.get(0).kind() != Kind.SCENARIO) {
            throw new IllegalArgumentException(fileName + " line " + line
                    + ": the first column must be 'scenario', not '" + columns.get(0).header()
                    + "'");
        }
        return columns;
    }

    private static Column column(String header, String fileName, int line) {
        if (header.equals("scenario")) {
            return new Column(header, Kind.SCENARIO, "");
        }
        if (header.equals("error")) {
            return new Column(header, Kind.EXPECTED_ERROR, "");
        }
        int colon = header.indexOf(':');
        String prefix = colon < 0 ? "" : header.substring(0, colon);
        String name = header.substring(colon + 1).strip();
        Kind kind = switch (prefix) {
            case "in" -> Kind.INPUT;
            case "out" -> Kind.EXPECTED_OUTPUT;
            case "matched" -> Kind.MATCHED_ROWS;
            case "selected" -> Kind.SELECTED_ROWS;
            default -> null;
        };
        if (kind == null || name.isEmpty()) {
            throw new IllegalArgumentException(fileName + " line " + line + ": column '" + header
                    + "' is none of scenario, in:<input>, out:<decision>[.<field>],"
                    + " matched:<decision>, selected:<decision>, error");
        }
        return new Column(header, kind, name);
    }

    private static Row row(List<ScenarioCell> cells, int width, String fileName, int line) {
        boolean extraCellsHoldText = cells.stream().skip(width).anyMatch(c -> !c.isEmpty());
        if (extraCellsHoldText) {
            throw new IllegalArgumentException(fileName + " line " + line + " has " + cells.size()
                    + " cells but the header names " + width + " columns");
        }
        String scenario = cells.get(0).text().strip();
        if (scenario.isEmpty()) {
            throw new IllegalArgumentException(fileName + " line " + line
                    + " has no scenario description in its first cell");
        }
        return new Row(line, scenario, List.copyOf(cells.subList(0, Math.min(width,
                cells.size()))));
    }

    /** Splits a line at the semicolons outside double quotes. */
    static List<ScenarioCell> cellsOf(String line, String fileName, int lineNumber) {
        List<ScenarioCell> cells = new ArrayList<>();
        int at = 0;
        while (true) {
            int start = at;
            while (at < line.length() && line.charAt(at) == ' ') {
                at++;
            }
            if (at < line.length() && line.charAt(at) == '"') {
                StringBuilder text = new StringBuilder();
                at = quoted(line, at + 1, text, fileName, lineNumber);
                cells.add(new ScenarioCell(text.toString(), true));
            } else {
                int end = line.indexOf(';', start);
                end = end < 0 ? line.length() : end;
                cells.add(new ScenarioCell(line.substring(start, end).strip(), false));
                at = end;
            }
            if (at >= line.length()) {
                return cells;
            }
            at++;
        }
    }

    /** Reads a quoted cell from just after its opening quote; returns where the cell ends. */
    private static int quoted(
            String line, int from, StringBuilder text, String fileName, int lineNumber) {
        int at = from;
        while (at < line.length()) {
            char c = line.charAt(at);
            if (c == '"' && at + 1 < line.length() && line.charAt(at + 1) == '"') {
                text.append('"');
                at += 2;
            } else if (c == '"') {
                at++;
                while (at < line.length() && line.charAt(at) == ' ') {
                    at++;
                }
                if (at < line.length() && line.charAt(at) != ';') {
                    throw new IllegalArgumentException(fileName + " line " + lineNumber
                            + ": text after a closing quote; double a quote inside a quoted cell");
                }
                return at;
            } else {
                text.append(c);
                at++;
            }
        }
        throw new IllegalArgumentException(fileName + " line " + lineNumber
                + ": a quoted cell is not closed");
    }
}
