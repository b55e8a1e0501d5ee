package pl.lukasiewicz.challenges.decision;

import java.io.StringReader;
import java.util.List;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;

/**
 * Checks a DMN file before it is kept: its XML schema, the model (names, types, references),
 * that it compiles, and the analysis of its decision tables (gaps, and overlaps that its hit
 * policy does not allow).
 */
final class DmnValidation {

    private static final DMNValidator VALIDATOR = DMNValidatorFactory.newValidator();

    private DmnValidation() {
    }

    /** Every message the validator has about the file, errors and warnings alike. */
    static List<ModelMessage> check(String dmnXml) {
        List<DMNMessage> messages;
        synchronized (VALIDATOR) {
            messages = VALIDATOR.validate(new StringReader(dmnXml),
                    DMNValidator.Validation.VALIDATE_SCHEMA,
                    DMNValidator.Validation.VALIDATE_MODEL,
                    DMNValidator.Validation.VALIDATE_COMPILATION,
                    DMNValidator.Validation.ANALYZE_DECISION_TABLE);
        }
        return messages.stream().map(DmnCompiler::message).toList();
    }

    static boolean isError(ModelMessage message) {
        return "ERROR".equals(message.severity());
    }
}
