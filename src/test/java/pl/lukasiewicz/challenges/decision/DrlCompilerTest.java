package pl.lukasiewicz.challenges.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

public class DrlCompilerTest {

    /** A fact for the rules under test. */
    public record Order(String customer, int amount) {
    }

    /** What the rules under test insert. */
    public record Note(String text) {
    }

    private static final String ORDER_RULES = """
            package test.orders;

            import pl.lukasiewicz.challenges.decision.DrlCompilerTest.Order;
            import pl.lukasiewicz.challenges.decision.DrlCompilerTest.Note;

            rule "A large order is noted"
            when
                Order( amount >= 1000, $customer : customer )
            then
                insert( new Note( "duże zamówienie: " + $customer ) );
            end

            rule "An order from Zakład Usług Ślusarskich is noted"
            when
                Order( customer == "Zakład Usług Ślusarskich" )
            then
                insert( new Note( "stały klient" ) );
            end

            rule "A note taken back is gone"
            when
                $note : Note( text == "do wycofania" )
            then
                delete( $note );
            end
            """;

    @Test
    void aRuleFileCompiledFromTextDecidesOnTheFactsGiven() {
        CompiledRuleSet rules = DrlCompiler.compile("orders", ORDER_RULES);

        CompiledRuleSet.Firing<Note> firing = rules.fire(
                List.of(new Order("Zakład Usług Ślusarskich", 1200), new Order("Inny", 10)),
                Note.class);

        assertEquals(List.of("duże zamówienie: Zakład Usług Ślusarskich", "stały klient"),
                firing.outcomes().stream().map(Note::text).sorted().toList());
    }

    @Test
    void theNamesOfTheRulesThatFiredAreReportedOncePerFiring() {
        CompiledRuleSet rules = DrlCompiler.compile("orders", ORDER_RULES);

        CompiledRuleSet.Firing<Note> firing = rules.fire(
                List.of(new Order("A", 1000), new Order("B", 5000), new Order("C", 1)),
                Note.class);

        assertEquals(List.of("A large order is noted", "A large order is noted"),
                firing.firedRules());
    }

    @Test
    void noMatchingFactMeansNoRuleFiredAndNoOutcome() {
        CompiledRuleSet rules = DrlCompiler.compile("orders", ORDER_RULES);

        CompiledRuleSet.Firing<Note> firing = rules.fire(List.of(), Note.class);

        assertEquals(List.of(), firing.firedRules());
        assertEquals(List.of(), firing.outcomes());
    }

    @Test
    void onlyWhatTheRulesInsertedAndKeptIsAnOutcome() {
        CompiledRuleSet rules = DrlCompiler.compile("orders", ORDER_RULES);

        CompiledRuleSet.Firing<Note> firing = rules.fire(
                List.of(new Note("do wycofania"), new Note("podana z zewnątrz")), Note.class);

        assertEquals(List.of(), firing.outcomes());
        assertEquals(List.of("A note taken back is gone"), firing.firedRules());
    }

    @Test
    void theRuleSetKnowsItsRulesAndTheHashOfItsText() {
        CompiledRuleSet rules = DrlCompiler.compile("orders", ORDER_RULES);

        assertEquals(List.of("A large order is noted", "A note taken back is gone",
                "An order from Zakład Usług Ślusarskich is noted"), rules.ruleNames());
        assertEquals(DecisionModels.sha256(ORDER_RULES), rules.contentHash());
    }

    @Test
    void aMisspelledFieldIsReportedWithTheLineItIsOn() {
        String broken = ORDER_RULES.replace("amount >= 1000", "amuont >= 1000");

        InvalidRuleSetException refused = assertThrows(InvalidRuleSetException.class,
                () -> DrlCompiler.compile("orders", broken));

        RuleSetMessage error = firstError(refused);
        assertEquals(8, error.line(), refused.messages().toString());
        assertTrue(error.text().contains("amuont"), error.text());
        assertEquals("orders", refused.ruleSet());
    }

    @Test
    void anUnknownFactTypeIsReportedWithTheLineItIsOn() {
        String broken = ORDER_RULES.replace("Order( customer ==", "Zamowienie( customer ==");

        InvalidRuleSetException refused = assertThrows(InvalidRuleSetException.class,
                () -> DrlCompiler.compile("orders", broken));

        RuleSetMessage error = firstError(refused);
        assertEquals(15, error.line(), refused.messages().toString());
        assertTrue(error.text().contains("Zamowienie"), error.text());
    }

    @Test
    void aComparisonWithAnUnknownNameIsPlacedWhereItStands() {
        String broken = ORDER_RULES.replace("customer == \"Zakład Usług Ślusarskich\"",
                "customer == zaklad");

        InvalidRuleSetException refused = assertThrows(InvalidRuleSetException.class,
                () -> DrlCompiler.compile("orders", broken));

        RuleSetMessage error = firstError(refused);
        assertEquals(15, error.line(), refused.messages().toString());
        assertEquals(12, error.column(), refused.messages().toString());
    }

    @Test
    void aQuotedConstraintFoundOnTwoLinesIsLeftWithoutALine() {
        String broken = ORDER_RULES.replace("amount >= 1000", "amount >= limit")
                .replace("package test.orders;", "package test.orders; // amount >= limit");

        InvalidRuleSetException refused = assertThrows(InvalidRuleSetException.class,
                () -> DrlCompiler.compile("orders", broken));

        assertTrue(refused.messages().stream().allMatch(message -> message.line() == 0),
                refused.messages().toString());
    }

    @Test
    void aSyntaxErrorIsReportedWithTheLineItIsOn() {
        String broken = ORDER_RULES.replace("""
                    Order( amount >= 1000, $customer : customer )
                then""", """
                    Order( amount >= 1000, $customer : customer
                then""");

        InvalidRuleSetException refused = assertThrows(InvalidRuleSetException.class,
                () -> DrlCompiler.compile("orders", broken));

        RuleSetMessage error = firstError(refused);
        assertEquals(9, error.line(), refused.messages().toString());
        assertTrue(refused.getMessage().startsWith("Rule set 'orders' does not compile: line "),
                refused.getMessage());
    }

    @Test
    void anErrorInAConsequenceIsReportedWithTheLineOfItsRule() {
        String broken = ORDER_RULES.replace("new Note( \"stały klient\" )",
                "new Note( \"stały klient\", 1 )");

        InvalidRuleSetException refused = assertThrows(InvalidRuleSetException.class,
                () -> DrlCompiler.compile("orders", broken));

        RuleSetMessage error = firstError(refused);
        assertEquals(13, error.line(), "the line where the rule starts");
        assertTrue(error.text().contains("Note(String, int)"), error.text());
    }

    @Test
    void aRuleSetThatNeverComesToRestFailsWithAReason() {
        CompiledRuleSet rules = DrlCompiler.compile("loop", """
                package test.loop;
                import pl.lukasiewicz.challenges.decision.DrlCompilerTest.Note;
                rule "Every note makes another"
                when
                    Note()
                then
                    insert( new Note( "jeszcze jedna" ) );
                end
                """);

        RuleSetFailedException failed = assertThrows(RuleSetFailedException.class,
                () -> rules.fire(List.of(new Note("pierwsza")), Note.class));

        assertTrue(failed.getMessage().contains("without coming to rest"), failed.getMessage());
    }

    @Test
    void aFailingConsequenceFailsTheRunWithTheRuleSetsName() {
        CompiledRuleSet rules = DrlCompiler.compile("failing", """
                package test.failing;
                import pl.lukasiewicz.challenges.decision.DrlCompilerTest.Order;
                rule "Divide by the amount"
                when
                    Order( $amount : amount )
                then
                    System.out.println( 100 / $amount );
                end
                """);

        RuleSetFailedException failed = assertThrows(RuleSetFailedException.class,
                () -> rules.fire(List.of(new Order("A", 0)), Object.class));

        assertTrue(failed.getMessage().startsWith("Rule set 'failing' could not decide"),
                failed.getMessage());
    }

    @Test
    void concurrentRunsOfOneRuleSetDoNotSeeEachOthersFacts() throws Exception {
        CompiledRuleSet rules = DrlCompiler.compile("orders", ORDER_RULES);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> runs = new ArrayList<>();

        for (int i = 0; i < 40; i++) {
            String customer = "klient " + i;
            runs.add(pool.submit(() -> rules.fire(List.of(new Order(customer, 2000)), Note.class)
                    .outcomes().stream().map(Note::text).toList()));
        }

        try {
            for (int i = 0; i < runs.size(); i++) {
                assertEquals(List.of("duże zamówienie: klient " + i), runs.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static RuleSetMessage firstError(InvalidRuleSetException refused) {
        return refused.messages().stream()
                .filter(message -> message.level() == RuleSetMessage.Level.ERROR)
                .filter(message -> message.line() > 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No error with a line: "
                        + refused.messages()));
    }
}
