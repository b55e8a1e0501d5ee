package pl.lukasiewicz.challenges.decision.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.decision.tck.TckModels.TckModel;
import pl.lukasiewicz.challenges.decision.tck.TckTestCases.TckCase;

class TckTestCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCaseOfTheSixModelsIsRead() {
        List<TckModel> models = TckModels.all();

        Map<String, Integer> casesByModel = models.stream().collect(Collectors.toMap(
                TckModel::name, model -> model.cases().size(), (a, b) -> a, LinkedHashMap::new));

        assertEquals(Map.of("0004-simpletable-U", 3, "0005-simpletable-A", 3,
                "0017-tableTests", 4, "0020-vacation-days", 7, "0083-feel-unicode", 14,
                "0108-first-hitpolicy", 3), casesByModel);
    }

    @Test
    void componentsBecomeAJsonObjectAndNumbersKeepTheirDigits() throws Exception {
        TckCase priceInRange = caseOf("0017-tableTests", "002");

        String json = JSON.writeValueAsString(priceInRange.inputs());

        assertEquals("{\"structA\":{\"name\":\"widget\",\"price\":20},\"numB\":9,\"numC\":10}",
                json);
        assertEquals(Map.of("priceInRange", "Not in range"), priceInRange.expectedResults());
    }

    @Test
    void datesAreSentAsIsoTextAndExpectedStructuresAreTyped() throws Exception {
        TckCase dates = caseOf("0017-tableTests", "004");
        TckCase approval = caseOf("0108-first-hitpolicy", "001");

        String json = JSON.writeValueAsString(dates.inputs());

        assertEquals("{\"dateD\":\"2016-11-01\",\"dateE\":\"2016-11-02\"}", json);
        assertEquals(Map.of("dateCompare2", false), dates.expectedResults());
        assertEquals(Map.of("Approval", Map.of("Status", "Approved", "Rate", "Best")),
                approval.expectedResults());
        assertEquals(new BigDecimal("19"), approval.inputs().get("Age").decimalValue());
    }

    @Test
    void nilValuesListsAndTypedDatesAreRead() {
        String file = """
                <testCases xmlns="http://www.omg.org/spec/DMN/20160719/testcase"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:xsd="http://www.w3.org/2001/XMLSchema">
                  <modelName>lab.dmn</modelName>
                  <testCase id="1">
                    <inputNode name="samples"><list>
                      <item><component name="taken">
                        <value xsi:type="xsd:date">2016-11-01</value></component></item>
                      <item><value xsi:nil="true"/></item>
                    </list></inputNode>
                    <resultNode name="due"><expected>
                      <value xsi:type="xsd:date">2016-11-08</value></expected></resultNode>
                    <resultNode name="note"><expected>
                      <value xsi:nil="true"/></expected></resultNode>
                  </testCase>
                </testCases>
                """;

        TckCase read = TckTestCases.read(file.getBytes(StandardCharsets.UTF_8)).cases().get(0);

        assertEquals("{\"samples\":[{\"taken\":\"2016-11-01\"},null]}", read.inputs().toString());
        assertEquals(LocalDate.of(2016, 11, 8), read.expectedResults().get("due"));
        assertNull(read.expectedResults().get("note"));
        assertEquals(List.of("due", "note"), List.copyOf(read.expectedResults().keySet()));
    }

    private static TckCase caseOf(String model, String id) {
        return TckModels.all().stream().filter(m -> m.name().equals(model))
                .flatMap(m -> m.cases().stream()).filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
    }
}
