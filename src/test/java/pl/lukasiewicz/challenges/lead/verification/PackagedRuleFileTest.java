package pl.lukasiewicz.challenges.lead.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.decision.CompiledRuleSet;
import pl.lukasiewicz.challenges.decision.DrlCompiler;
import pl.lukasiewicz.challenges.decision.InvalidRuleSetException;
import pl.lukasiewicz.challenges.decision.RuleSetMessage;
import pl.lukasiewicz.challenges.lead.Lead;

/** The rule file analysts edit, as the service packages it. */
class PackagedRuleFileTest {

    private static final String RULES = ReferenceLists.classpathText(LeadVerification.RULE_FILE);

    @Test
    void thePackagedRuleFileCompilesWithoutWarnings() {
        CompiledRuleSet rules = DrlCompiler.compile(LeadVerification.RULE_SET, RULES);

        assertEquals(List.of(), rules.warnings());
        assertEquals(25, rules.ruleNames().size(), rules.ruleNames().toString());
    }

    @Test
    void aTypoAnAnalystMakesIsReportedWithItsLineNumber() {
        String line = "    Request( email == null, phone == null )";
        int lineNumber = lineOf(line);
        String edited = RULES.replace(line, "    Request( email == null, phone == nul )");

        InvalidRuleSetException refused = assertThrows(InvalidRuleSetException.class,
                () -> DrlCompiler.compile(LeadVerification.RULE_SET, edited));

        assertTrue(refused.messages().stream().anyMatch(message ->
                message.level() == RuleSetMessage.Level.ERROR
                        && message.line() == lineNumber), refused.messages().toString());
    }

    @Test
    void aFactFieldThatDoesNotExistIsReportedWithItsLineNumber() {
        String line = "    Request( title == null, description == null )";
        int lineNumber = lineOf(line);
        String edited = RULES.replace(line, "    Request( subject == null, description == null )");

        InvalidRuleSetException refused = assertThrows(InvalidRuleSetException.class,
                () -> DrlCompiler.compile(LeadVerification.RULE_SET, edited));

        RuleSetMessage error = refused.messages().get(0);
        assertEquals(lineNumber, error.line(), refused.messages().toString());
        assertTrue(error.text().contains("subject"), error.text());
    }

    @Test
    void aStoredLeadIsVerifiedAsAnUndeclaredClientWithoutARegon() {
        Lead lead = new Lead();
        lead.id = 7L;
        lead.organisationName = "Zakład Usług Ślusarskich";
        lead.nip = "5260250274";
        lead.contactPerson = "Jan Nowak";
        lead.email = "jan@zus-slusarz.pl";
        lead.title = "Badanie twardości spoin";

        LeadDetails details = LeadDetails.of(lead);

        assertEquals(new LeadDetails(7L, "Zakład Usług Ślusarskich", ClientType.NOT_STATED,
                "5260250274", null, "Jan Nowak", "jan@zus-slusarz.pl", null,
                "Badanie twardości spoin", null), details);
        assertEquals(List.of(), LeadVerification.packaged().verify(details, List.of())
                .findings());
    }

    private static int lineOf(String line) {
        List<String> lines = RULES.lines().toList();
        int index = lines.indexOf(line);
        assertTrue(index >= 0, "the rule file no longer has the line: " + line);
        return index + 1;
    }
}
