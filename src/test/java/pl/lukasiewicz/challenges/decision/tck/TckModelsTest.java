package pl.lukasiewicz.challenges.decision.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pl.lukasiewicz.challenges.decision.CompiledModel;
import pl.lukasiewicz.challenges.decision.DmnCompiler;
import pl.lukasiewicz.challenges.decision.DmnInputs;
import pl.lukasiewicz.challenges.decision.tck.TckModels.TckModel;
import pl.lukasiewicz.challenges.decision.tck.TckTestCases.TckCase;

/**
 * Every case of the TCK models, decided the way the service decides: the model built from its
 * file at run time, the case's JSON inputs read as the model declares them, and every
 * expected result compared exactly (see {@link TckResults} for what "exactly" means).
 */
class TckModelsTest {

    private final Map<String, CompiledModel> built = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicNode> everyTckCaseGivesEveryExpectedResultExactly() {
        return TckModels.all().stream().map(model -> DynamicContainer.dynamicContainer(
                model.name(), model.cases().stream().map(tckCase -> DynamicTest.dynamicTest(
                        "case " + tckCase.id() + " gives " + tckCase.expectedResults().keySet(),
                        () -> givesEveryExpectedResult(model, tckCase)))));
    }

    private void givesEveryExpectedResult(TckModel model, TckCase tckCase) {
        CompiledModel compiled = built.computeIfAbsent(model.name(),
                name -> DmnCompiler.compile(name, 1, "tck", model.dmnXml()));
        Map<String, Object> inputs = DmnInputs.fromJson(compiled.model(), tckCase.inputs());

        Map<String, Object> results = compiled.evaluate(inputs).results();

        List<String> differences = new ArrayList<>();
        tckCase.expectedResults().forEach((decision, expected) -> {
            if (!results.containsKey(decision)) {
                differences.add(decision + ": no result came back; results came for "
                        + results.keySet());
                return;
            }
            differences.addAll(TckResults.differences(decision, expected, results.get(decision)));
        });
        assertEquals(List.of(), differences, "inputs " + tckCase.inputs());
    }
}
