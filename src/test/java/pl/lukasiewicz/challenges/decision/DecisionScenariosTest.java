package pl.lukasiewicz.challenges.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.ast.InputDataNode;
import pl.lukasiewicz.challenges.decision.ScenarioFiles.ScenarioFile;
import pl.lukasiewicz.challenges.decision.ScenarioTable.Column;
import pl.lukasiewicz.challenges.decision.ScenarioTable.Kind;
import pl.lukasiewicz.challenges.decision.ScenarioTable.Row;
import pl.lukasiewicz.challenges.support.PackagedModels;

/**
 * Runs every scenario of the analysts' tables in dmn/scenarios/ against its packaged model,
 * built and evaluated as the service does: one test per scenario line, named by the line and
 * its description, failing with every expectation the model missed.
 */
class DecisionScenariosTest {

    @TestFactory
    Stream<DynamicContainer> everyScenarioGetsTheOutcomeItsTableExpects() {
        return ScenarioFiles.onClassPath().stream().map(DecisionScenariosTest::scenariosOf);
    }

    @Test
    void everyPackagedModelHasAScenarioTable() {
        List<String> packaged = PackagedModels.names();

        List<String> withScenarios = ScenarioFiles.onClassPath().stream()
                .map(ScenarioFile::modelName).toList();

        List<String> without = packaged.stream().filter(m -> !withScenarios.contains(m)).toList();
        assertEquals(List.of(), without, "packaged models without dmn/scenarios/<model>.csv");
    }

    private static DynamicContainer scenariosOf(ScenarioFile file) {
        Scenarios scenarios;
        try {
            scenarios = new Scenarios(ScenarioTable.parse(file.fileName(), file.content()),
                    PackagedModels.compiled(file.modelName()));
            scenarios.checkHeader();
        } catch (RuntimeException broken) {
            return dynamicContainer(file.fileName(), Stream.of(dynamicTest(
                    "the table's header and its model", () -> {
                        throw broken;
                    })));
        }
        Stream<DynamicNode> tests = scenarios.table.rows().stream().map(row -> dynamicTest(
                "line " + row.line() + ": " + row.scenario(), () -> scenarios.check(row)));
        return dynamicContainer(file.fileName(), tests);
    }

    /** A scenario table beside the model it describes. */
    private record Scenarios(ScenarioTable table, CompiledModel model) {

        void checkHeader() {
            for (Column column : table.columns()) {
                switch (column.kind()) {
                    case INPUT -> inputType(column);
                    case EXPECTED_OUTPUT -> outputType(column);
                    case MATCHED_ROWS, SELECTED_ROWS -> decision(column.name());
                    default -> {
                    }
                }
            }
        }

        void check(Row row) {
            Map<String, Object> inputs = new HashMap<>();
            forEachColumn(row, Kind.INPUT, (column, cell) ->
                    inputs.put(column.name(), cell.read(inputType(column))));
            String expectedError = expectedError(row);

            CompiledModel.Evaluation evaluation;
            try {
                evaluation = model.evaluate(inputs);
            } catch (DecisionFailedException failed) {
                checkError(row, expectedError, failed.getMessage());
                return;
            }

            if (expectedError != null) {
                fail(about(row) + ": expected the model to stop with an error saying '"
                        + expectedError + "', but it decided " + evaluation.results());
            }
            List<String> misses = misses(row, evaluation);
            if (!misses.isEmpty()) {
                fail(about(row) + "\n  " + String.join("\n  ", misses));
            }
        }

        private List<String> misses(Row row, CompiledModel.Evaluation evaluation) {
            List<String> misses = new ArrayList<>();
            forEachColumn(row, Kind.EXPECTED_OUTPUT, (column, cell) -> compare(misses, column,
                    cell.read(outputType(column)), actualOutput(column, evaluation)));
            forEachColumn(row, Kind.MATCHED_ROWS, (column, cell) -> compare(misses, column,
                    cell.rowNumbers(), rows(column.name(), evaluation, false)));
            forEachColumn(row, Kind.SELECTED_ROWS, (column, cell) -> compare(misses, column,
                    cell.rowNumbers(), rows(column.name(), evaluation, true)));
            return misses;
        }

        private static void compare(
                List<String> misses, Column column, Object expected, Object actual) {
            String want = ScenarioCell.canonical(expected);
            String got = ScenarioCell.canonical(actual);
            if (!want.equals(got)) {
                misses.add(column.header() + ": expected " + want + ", got " + got);
            }
        }

        private void checkError(Row row, String expectedError, String message) {
            if (expectedError == null) {
                fail(about(row) + ": the model could not decide: " + message);
            }
            if (!message.contains(expectedError)) {
                fail(about(row) + ": expected an error saying '" + expectedError
                        + "', got: " + message);
            }
        }

        /** The scenario's description and where it is written. */
        private String about(Row row) {
            return row.scenario() + " (" + table.fileName() + " line " + row.line() + ")";
        }

        private String expectedError(Row row) {
            List<String> errors = new ArrayList<>();
            forEachColumn(row, Kind.EXPECTED_ERROR, (column, cell) -> errors.add(cell.text()));
            return errors.isEmpty() ? null : errors.get(0);
        }

        private void forEachColumn(Row row, Kind kind, CellAction action) {
            for (int index = 0; index < table.columns().size(); index++) {
                Column column = table.columns().get(index);
                ScenarioCell cell = row.cell(index);
                if (column.kind() != kind || cell.isEmpty()) {
                    continue;
                }
                try {
                    action.on(column, cell);
                } catch (IllegalArgumentException unreadable) {
                    fail(about(row) + ", column " + column.header() + ": "
                            + unreadable.getMessage());
                }
            }
        }

        private DMNType inputType(Column column) {
            return model.model().getInputs().stream()
                    .filter(input -> input.getName().equals(column.name()))
                    .map(InputDataNode::getType)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Column " + column.header()
                            + " names no input of " + model.name() + "; its inputs are "
                            + model.model().getInputs().stream().map(InputDataNode::getName)
                                    .toList()));
        }

        private DMNType outputType(Column column) {
            Target target = target(column);
            DMNType type = decision(target.decision()).getResultType();
            if (target.field() == null) {
                return type;
            }
            DMNType field = type.getFields().get(target.field());
            if (field == null) {
                throw new IllegalArgumentException("Column " + column.header() + ": decision '"
                        + target.decision() + "' has no field '" + target.field()
                        + "'; its fields are " + type.getFields().keySet());
            }
            return field;
        }

        private Object actualOutput(Column column, CompiledModel.Evaluation evaluation) {
            Target target = target(column);
            Object result = evaluation.results().get(target.decision());
            if (target.field() == null) {
                return result;
            }
            return result instanceof Map<?, ?> fields ? fields.get(target.field()) : null;
        }

        private static List<Integer> rows(
                String decision, CompiledModel.Evaluation evaluation, boolean selected) {
            List<Integer> rows = new ArrayList<>();
            for (MatchedRules matched : evaluation.matches()) {
                if (matched.decision().equals(decision)) {
                    rows.addAll(selected ? matched.selectedRows() : matched.matchedRows());
                }
            }
            return rows;
        }

        /** out:Offer approval.reason is the field reason of decision Offer approval. */
        private Target target(Column column) {
            String name = column.name();
            int dot = name.lastIndexOf('.');
            if (dot < 0 || hasDecision(name)) {
                return new Target(decision(name).getName(), null);
            }
            return new Target(decision(name.substring(0, dot)).getName(),
                    name.substring(dot + 1));
        }

        private boolean hasDecision(String name) {
            return model.model().getDecisionByName(name) != null;
        }

        private DecisionNode decision(String name) {
            DecisionNode decision = model.model().getDecisionByName(name);
            if (decision == null) {
                throw new IllegalArgumentException("No decision '" + name + "' in "
                        + model.name() + "; its decisions are " + model.model().getDecisions()
                        .stream().map(DecisionNode::getName).toList());
            }
            return decision;
        }
    }

    private record Target(String decision, String field) {
    }

    @FunctionalInterface
    private interface CellAction {
        void on(Column column, ScenarioCell cell);
    }
}
