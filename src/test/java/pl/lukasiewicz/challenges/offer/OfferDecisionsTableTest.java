package pl.lukasiewicz.challenges.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;
import pl.lukasiewicz.challenges.decision.CompiledModel;
import pl.lukasiewicz.challenges.decision.DecisionFailedException;
import pl.lukasiewicz.challenges.decision.DecisionModels;
import pl.lukasiewicz.challenges.decision.DmnCompiler;
import pl.lukasiewicz.challenges.support.PackagedModels;

/**
 * The offer-decisions model where a scenario line cannot show it: amounts no floating-point
 * number can hold, and what the UNIQUE approval table does when an edit makes two rows
 * overlap or leaves a combination without a row. Case by case: the scenario table
 * dmn/scenarios/offer-decisions.csv.
 */
class OfferDecisionsTableTest {

    private static final String MODEL = "offer-decisions";
    private static final String APPROVAL = "Offer approval";

    /** Row 3 (50 000 to 249 999.99 zł, up to 15% off), as the packaged table has it. */
    private static final String MEDIUM_OFFER_ROW = "<inputEntry><text>[50000..250000)</text>"
            + "</inputEntry>\n        <inputEntry><text>[0..15]</text></inputEntry>";

    private static CompiledModel offers;

    @BeforeAll
    static void compileTheModel() {
        offers = PackagedModels.compiled(MODEL);
    }

    @Test
    void anAmountJustBelowAThresholdStaysBelowItWhereAFloatingPointNumberWouldRoundItUp() {
        BigDecimal justBelow = new BigDecimal("49999.9999999999999999");
        double asFloatingPoint = justBelow.doubleValue();

        String exact = approval(offers, justBelow, null);
        String rounded = approval(offers, BigDecimal.valueOf(asFloatingPoint), null);

        assertEquals("NONE", exact);
        assertEquals(50000.0, asFloatingPoint);
        assertEquals("HEAD_OF_UNIT", rounded);
    }

    @Test
    void twoApprovalRowsThatOverlapAreAnErrorOfTheValidatorAndOfTheDecision() {
        String edited = packaged().replace(MEDIUM_OFFER_ROW, MEDIUM_OFFER_ROW
                .replace("[0..15]", "[0..20]"));
        CompiledModel overlapping = DmnCompiler.compile(MODEL, 2,
                DecisionModels.sha256(edited), edited);

        DecisionFailedException failed = assertThrows(DecisionFailedException.class,
                () -> approval(overlapping, new BigDecimal("60000"), new BigDecimal("18")));
        String unaffected = approval(overlapping, new BigDecimal("60000"), new BigDecimal("10"));
        List<DMNMessage> validation = analyse(edited);

        assertTrue(failed.getMessage().contains("UNIQUE"), failed.getMessage());
        assertEquals("HEAD_OF_UNIT", unaffected);
        assertTrue(validation.stream().anyMatch(m -> m.getSeverity() == DMNMessage.Severity.ERROR
                && m.getMessageType() == DMNMessageType.DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE),
                validation.toString());
    }

    @Test
    void aCombinationLeftWithoutARowDecidesNothingAndTheValidatorNamesTheGap() {
        String edited = packaged().replaceAll(
                "(?s)<rule id=\"approval_04_discount_over_15\">.*?</rule>", "");
        CompiledModel withGap = DmnCompiler.compile(MODEL, 2, DecisionModels.sha256(edited),
                edited);

        String decided = approval(withGap, new BigDecimal("60000"), new BigDecimal("20"));
        List<DMNMessage> validation = analyse(edited);

        assertEquals(null, decided);
        assertTrue(validation.stream().anyMatch(m -> m.getSeverity() == DMNMessage.Severity.WARN
                && m.getMessageType() == DMNMessageType.DECISION_TABLE_GAP
                && m.getText().contains("[ 50000 .. 250000 ), ( 15 .. 30 ]")),
                validation.toString());
    }

    private static String approval(CompiledModel model, BigDecimal netValue, BigDecimal discount) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("netValue", netValue);
        inputs.put("discountPercent", discount);
        Object result = model.evaluate(inputs).results().get(APPROVAL);
        return result == null ? null : (String) ((Map<?, ?>) result).get("approval");
    }

    private static String packaged() {
        return DecisionModels.packagedContent(MODEL);
    }

    private static List<DMNMessage> analyse(String model) {
        return DMNValidatorFactory.newValidator().validate(new StringReader(model),
                DMNValidator.Validation.VALIDATE_MODEL,
                DMNValidator.Validation.ANALYZE_DECISION_TABLE);
    }
}
