package pl.lukasiewicz.challenges.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.dmn.feel.lang.types.impl.ComparablePeriod;
import pl.lukasiewicz.challenges.web.FieldError;

class DmnInputsTest {

    /** An order placed with a laboratory: one input of every type a caller can send. */
    private static final String ORDER_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/"
                namespace="urn:test:laboratory-order" name="laboratory-order" id="order">
              <itemDefinition name="tLine">
                <itemComponent name="test"><typeRef>string</typeRef></itemComponent>
                <itemComponent name="price"><typeRef>number</typeRef></itemComponent>
                <itemComponent name="due"><typeRef>date</typeRef></itemComponent>
              </itemDefinition>
              <itemDefinition name="tLines" isCollection="true"><typeRef>tLine</typeRef>
              </itemDefinition>
              <itemDefinition name="tOrder">
                <itemComponent name="client"><typeRef>string</typeRef></itemComponent>
                <itemComponent name="lines"><typeRef>tLines</typeRef></itemComponent>
              </itemDefinition>
              <itemDefinition name="tAmount"><typeRef>number</typeRef>
                <allowedValues><text>&gt;= 0</text></allowedValues>
              </itemDefinition>
              <itemDefinition name="tTags" isCollection="true"><typeRef>string</typeRef>
              </itemDefinition>
              <inputData id="budget" name="budget"><variable name="budget" typeRef="tAmount"/>
              </inputData>
              <inputData id="urgent" name="urgent"><variable name="urgent" typeRef="boolean"/>
              </inputData>
              <inputData id="sampleTaken" name="sample taken">
                <variable name="sample taken" typeRef="date"/></inputData>
              <inputData id="deliveredAt" name="delivered at">
                <variable name="delivered at" typeRef="time"/></inputData>
              <inputData id="receivedOn" name="received on">
                <variable name="received on" typeRef="date and time"/></inputData>
              <inputData id="turnaround" name="turnaround">
                <variable name="turnaround" typeRef="days and time duration"/></inputData>
              <inputData id="retention" name="retention">
                <variable name="retention" typeRef="years and months duration"/></inputData>
              <inputData id="orderInput" name="order"><variable name="order" typeRef="tOrder"/>
              </inputData>
              <inputData id="tags" name="tags"><variable name="tags" typeRef="tTags"/>
              </inputData>
              <inputData id="note" name="note"><variable name="note"/></inputData>
              <decision id="understood" name="understood">
                <variable name="understood" typeRef="boolean"/>
                <informationRequirement><requiredInput href="#budget"/></informationRequirement>
                <informationRequirement><requiredInput href="#urgent"/></informationRequirement>
                <informationRequirement><requiredInput href="#sampleTaken"/>
                </informationRequirement>
                <informationRequirement><requiredInput href="#deliveredAt"/>
                </informationRequirement>
                <informationRequirement><requiredInput href="#receivedOn"/>
                </informationRequirement>
                <informationRequirement><requiredInput href="#turnaround"/>
                </informationRequirement>
                <informationRequirement><requiredInput href="#retention"/>
                </informationRequirement>
                <informationRequirement><requiredInput href="#orderInput"/>
                </informationRequirement>
                <informationRequirement><requiredInput href="#tags"/></informationRequirement>
                <literalExpression><text>
                  budget = 1234.5000000000000000001 and urgent
                  and sample taken = date("2016-11-01")
                  and delivered at = time("10:15:00+01:00")
                  and received on + turnaround = date and time("2016-11-03T12:00:00")
                  and sample taken + retention = date("2018-05-01")
                  and sum(order.lines.price) = 70.5
                  and order.lines[2].due = date("2016-11-20")
                  and tags[2] = "ISO 17025"
                </text></literalExpression>
              </decision>
            </definitions>
            """;

    private final CompiledModel model = DmnCompiler.compile("laboratory-order", 1, "test",
            ORDER_MODEL);

    @Test
    void numbersAreReadAsExactDecimalsAndNeverAsDoubles() {
        String json = "{\"budget\": 1234.5000000000000000001}";

        Map<String, Object> inputs = DmnInputs.fromJson(model.model(), json);

        assertEquals(new BigDecimal("1234.5000000000000000001"), inputs.get("budget"));
    }

    @Test
    void textBecomesADateATimeOrADurationAsEachInputDeclares() {
        String json = """
                {"sample taken": "2016-11-01", "delivered at": "10:15:00+01:00",
                 "received on": "2016-11-01T09:00:00", "turnaround": "P2DT3H",
                 "retention": "P1Y6M"}
                """;

        Map<String, Object> inputs = DmnInputs.fromJson(model.model(), json);

        assertEquals(LocalDate.of(2016, 11, 1), inputs.get("sample taken"));
        assertEquals(OffsetTime.of(10, 15, 0, 0, ZoneOffset.ofHours(1)),
                inputs.get("delivered at"));
        assertEquals(LocalDateTime.of(2016, 11, 1, 9, 0), inputs.get("received on"));
        assertEquals(Duration.ofDays(2).plusHours(3), inputs.get("turnaround"));
        assertEquals(ComparablePeriod.of(1, 6, 0), inputs.get("retention"));
    }

    @Test
    void aTimeOrADateAndTimeKeepsAnOffsetOrAZoneOnlyWhenItIsGiven() {
        String plain = "{\"delivered at\": \"10:15\", \"received on\": \"2016-11-01T09:00\"}";
        String withOffset = "{\"received on\": \"2016-11-01T09:00:00Z\"}";
        String withZone = "{\"received on\": \"2016-11-01T09:00:00@Europe/Warsaw\"}";

        Map<String, Object> fromPlain = DmnInputs.fromJson(model.model(), plain);
        Map<String, Object> fromOffset = DmnInputs.fromJson(model.model(), withOffset);
        Map<String, Object> fromZone = DmnInputs.fromJson(model.model(), withZone);

        assertEquals(LocalTime.of(10, 15), fromPlain.get("delivered at"));
        assertEquals(LocalDateTime.of(2016, 11, 1, 9, 0), fromPlain.get("received on"));
        assertEquals(ZonedDateTime.of(2016, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC),
                fromOffset.get("received on"));
        assertEquals(ZonedDateTime.of(2016, 11, 1, 9, 0, 0, 0, ZoneId.of("Europe/Warsaw")),
                fromZone.get("received on"));
    }

    @Test
    void aStructureIsReadFieldByFieldAndAListItemByItem() {
        String json = """
                {"order": {"client": "Huta Łabędy", "lines": [
                    {"test": "tensile strength", "price": 20.5, "due": "2016-11-10"},
                    {"test": "hardness", "price": 50}]},
                 "tags": ["metals", "ISO 17025"]}
                """;

        Map<String, Object> inputs = DmnInputs.fromJson(model.model(), json);

        Map<String, Object> hardness = new LinkedHashMap<>();
        hardness.put("test", "hardness");
        hardness.put("price", new BigDecimal("50"));
        hardness.put("due", null);
        assertEquals(Map.of("client", "Huta Łabędy", "lines", List.of(
                Map.of("test", "tensile strength", "price", new BigDecimal("20.5"),
                        "due", LocalDate.of(2016, 11, 10)),
                hardness)), inputs.get("order"));
        assertEquals(List.of("metals", "ISO 17025"), inputs.get("tags"));
    }

    @Test
    void anInputWithoutADeclaredTypeKeepsWhatJsonSaysAndNullStaysNull() {
        String json = "{\"note\": {\"pages\": 3, \"by\": \"2016-11-01\"}, \"budget\": null}";

        Map<String, Object> inputs = DmnInputs.fromJson(model.model(), json);

        assertEquals(Map.of("pages", new BigDecimal("3"), "by", "2016-11-01"),
                inputs.get("note"));
        assertTrue(inputs.containsKey("budget"));
        assertNull(inputs.get("budget"));
    }

    @Test
    void theModelDecidesOnValuesReadThisWay() {
        String json = """
                {"budget": 1234.5000000000000000001, "urgent": true,
                 "sample taken": "2016-11-01", "delivered at": "10:15:00+01:00",
                 "received on": "2016-11-01T09:00:00", "turnaround": "P2DT3H",
                 "retention": "P1Y6M", "tags": ["metals", "ISO 17025"],
                 "order": {"client": "Huta Łabędy", "lines": [
                    {"test": "tensile strength", "price": 20.5, "due": "2016-11-10"},
                    {"test": "hardness", "price": 50, "due": "2016-11-20"}]}}
                """;

        CompiledModel.Evaluation evaluation =
                model.evaluate(DmnInputs.fromJson(model.model(), json));

        assertEquals(true, evaluation.results().get("understood"));
    }

    @Test
    void anInputTheModelDoesNotDeclareIsRefused() {
        String json = "{\"budget\": 10, \"discount\": 5}";

        InvalidInputsException refused = assertThrows(InvalidInputsException.class,
                () -> DmnInputs.fromJson(model.model(), json));

        assertEquals(1, refused.errors().size());
        FieldError error = refused.errors().get(0);
        assertEquals("discount", error.field());
        assertEquals("UNKNOWN_INPUT", error.code());
        assertTrue(error.reason().contains("its inputs are [budget, urgent"), error.reason());
        assertEquals("laboratory-order", refused.modelName());
    }

    @Test
    void everyValueThatDoesNotFitIsNamedWithItsPathAndTheTypeExpected() {
        String json = """
                {"budget": "1234.50", "urgent": "yes", "sample taken": "01.11.2016",
                 "turnaround": "P1Y", "retention": "P1Y2D", "tags": "metals",
                 "order": {"client": "Huta", "vat": 23,
                           "lines": [{"price": 1}, {"price": 1.5, "due": 20161120}]}}
                """;

        InvalidInputsException refused = assertThrows(InvalidInputsException.class,
                () -> DmnInputs.fromJson(model.model(), json));

        assertEquals(List.of(
                "budget WRONG_TYPE",
                "urgent WRONG_TYPE",
                "sample taken BAD_FORMAT",
                "turnaround BAD_FORMAT",
                "retention BAD_FORMAT",
                "tags WRONG_TYPE",
                "order.vat UNKNOWN_FIELD",
                "order.lines[1].due WRONG_TYPE"), fieldsAndCodes(refused));
        assertEquals("Expected a number (DMN type number) but got '1234.50'",
                refused.errors().get(0).reason());
        assertEquals("Expected a date such as 2016-11-01 (DMN type date) but got '01.11.2016'",
                refused.errors().get(2).reason());
        assertTrue(refused.errors().get(5).reason().startsWith("Expected a list (DMN type"
                + " tTags) but got 'metals'"), refused.errors().get(5).reason());
    }

    @Test
    void aDurationMayBeSignedOnlyAsAWhole() {
        String signedWhole = "{\"turnaround\": \"-P1D\", \"retention\": \"-P1Y\"}";
        String signedPart = "{\"turnaround\": \"P1DT-2H\"}";

        Map<String, Object> inputs = DmnInputs.fromJson(model.model(), signedWhole);
        InvalidInputsException refused = assertThrows(InvalidInputsException.class,
                () -> DmnInputs.fromJson(model.model(), signedPart));

        assertEquals(Duration.ofDays(-1), inputs.get("turnaround"));
        assertEquals(ComparablePeriod.of(-1, 0, 0), inputs.get("retention"));
        assertEquals(List.of("turnaround BAD_FORMAT"), fieldsAndCodes(refused));
    }

    @Test
    void onlyOneJsonObjectCanCarryInputs() {
        String nothing = " ";
        String notJson = "{\"budget\": 10,";
        String twiceTheSameInput = "{\"budget\": 10, \"budget\": 11}";
        String notAnObject = "[10]";

        List<List<String>> refusals = Stream.of(nothing, notJson, twiceTheSameInput, notAnObject)
                .map(json -> assertThrows(InvalidInputsException.class,
                        () -> DmnInputs.fromJson(model.model(), json)))
                .map(DmnInputsTest::fieldsAndCodes).toList();

        assertEquals(List.of(List.of("$ BODY_MISSING"), List.of("$ MALFORMED_JSON"),
                List.of("$ MALFORMED_JSON"), List.of("$ NOT_AN_OBJECT")), refusals);
    }

    private static List<String> fieldsAndCodes(InvalidInputsException refused) {
        return refused.errors().stream().map(e -> e.field() + " " + e.code()).toList();
    }
}
