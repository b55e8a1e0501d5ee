package pl.lukasiewicz.challenges.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import pl.lukasiewicz.challenges.decision.CompiledModel;
import pl.lukasiewicz.challenges.decision.DecisionModels;
import pl.lukasiewicz.challenges.decision.DmnCompiler;

/**
 * The tables at the gateways of the challenge process, evaluated as the process's service
 * tasks ask them: challenge routing, the verification outcome, "at least one card?", and the
 * offer decisions (approval, validity and the status on the client's answer together). Each
 * benchmark turns through a few inputs that take different rows. No database, no HTTP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class GatewayDecisionsBenchmark {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private CompiledModel routing;
    private CompiledModel verification;
    private CompiledModel answers;
    private CompiledModel offers;

    private List<Map<String, Object>> routingCases;
    private List<Map<String, Object>> verificationCases;
    private List<Map<String, Object>> answersCases;
    private List<Map<String, Object>> offerCases;

    @Setup
    public void compileTheTables() {
        routing = compile("challenge-routing");
        verification = compile("challenge-verification");
        answers = compile("challenge-answers");
        offers = compile("offer-decisions");

        routingCases = List.of(
                inputs("technicalDomain", "MATERIALS", "leadClass", "P+U",
                        "readyServiceExists", true),
                inputs("technicalDomain", "ENERGY", "leadClass", "P+U",
                        "readyServiceExists", false),
                inputs("technicalDomain", null, "leadClass", "B+R",
                        "readyServiceExists", null));
        verificationCases = List.of(
                inputs("confirmedClass", "P+U", "clientConfirmedNeed", true,
                        "blockingFindings", BigDecimal.ZERO),
                inputs("confirmedClass", "B+R", "clientConfirmedNeed", true,
                        "blockingFindings", BigDecimal.ONE),
                inputs("confirmedClass", "STANDARD_SALE", "clientConfirmedNeed", false,
                        "blockingFindings", BigDecimal.ZERO));
        answersCases = List.of(inputs("offerCards", BigDecimal.ZERO),
                inputs("offerCards", new BigDecimal("3")));
        ZonedDateTime now = ZonedDateTime.of(2026, 12, 4, 12, 0, 0, 0, WARSAW);
        offerCases = List.of(
                inputs("netValue", new BigDecimal("49999.99"), "discountPercent",
                        new BigDecimal("5.00"), "offerKind", "CUSTOM_SERVICE", "offerDate",
                        LocalDate.of(2026, 12, 1), "clientAnswer", "ACCEPTED", "answeredAt",
                        now, "validUntil", LocalDate.of(2026, 12, 31), "checkedAt", now),
                inputs("netValue", new BigDecimal("250000.00"), "discountPercent",
                        new BigDecimal("31"), "offerKind", "READY_SERVICE", "offerDate",
                        LocalDate.of(2026, 3, 29), "clientAnswer", "NONE", "answeredAt", null,
                        "validUntil", LocalDate.of(2026, 4, 12), "checkedAt", now));
    }

    /** Which input a thread takes next, round the list. */
    @State(Scope.Thread)
    public static class Turn {

        private int next;

        Map<String, Object> of(List<Map<String, Object>> items) {
            Map<String, Object> item = items.get(next % items.size());
            next++;
            return item;
        }
    }

    @Benchmark
    public CompiledModel.Evaluation challengeRouting(Turn turn) {
        return routing.evaluate(turn.of(routingCases));
    }

    @Benchmark
    public CompiledModel.Evaluation verificationOutcome(Turn turn) {
        return verification.evaluate(turn.of(verificationCases));
    }

    @Benchmark
    public CompiledModel.Evaluation atLeastOneCard(Turn turn) {
        return answers.evaluate(turn.of(answersCases));
    }

    @Benchmark
    public CompiledModel.Evaluation offerDecisions(Turn turn) {
        return offers.evaluate(turn.of(offerCases));
    }

    private static CompiledModel compile(String model) {
        String xml = DecisionModels.packagedContent(model);
        return DmnCompiler.compile(model, 1, DecisionModels.sha256(xml), xml);
    }

    private static Map<String, Object> inputs(Object... namesAndValues) {
        Map<String, Object> inputs = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            inputs.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return inputs;
    }
}
