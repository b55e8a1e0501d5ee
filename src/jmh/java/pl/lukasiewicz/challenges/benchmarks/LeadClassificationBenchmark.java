package pl.lukasiewicz.challenges.benchmarks;

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
import pl.lukasiewicz.challenges.lead.classification.LeadFeatureExtractor;

/**
 * The lead classification table, dmn/lead-classification.dmn, as the service builds and asks
 * it: compiled from its XML by DmnCompiler, evaluated by CompiledModel on the features of the
 * twenty bundled real requests in turn. No database, no HTTP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class LeadClassificationBenchmark {

    static final String MODEL = "lead-classification";

    private String dmnXml;
    private CompiledModel table;
    private LeadFeatureExtractor extractor;
    private List<RealRequests.RealRequest> requests;
    private List<Map<String, Object>> featuresOfRequests;

    @Setup
    public void compileTheTableAndReadTheRequests() {
        dmnXml = DecisionModels.packagedContent(MODEL);
        table = DmnCompiler.compile(MODEL, 1, DecisionModels.sha256(dmnXml), dmnXml);
        extractor = new LeadFeatureExtractor();
        requests = RealRequests.all();
        featuresOfRequests = requests.stream()
                .map(request -> extractor.extract(request.text()).decisionInputs())
                .toList();
    }

    /** Which of the real requests a thread takes next, round the list. */
    @State(Scope.Thread)
    public static class Turn {

        private int next;

        <T> T of(List<T> items) {
            T item = items.get(next);
            next = (next + 1) % items.size();
            return item;
        }
    }

    /** One evaluation of the table on ready features: what Decisions.decide times. */
    @Benchmark
    public CompiledModel.Evaluation evaluateTheTable(Turn turn) {
        return table.evaluate(turn.of(featuresOfRequests));
    }

    /** Features read from the request's text, then the table: a classification without I/O. */
    @Benchmark
    public CompiledModel.Evaluation extractFeaturesThenEvaluate(Turn turn) {
        RealRequests.RealRequest request = turn.of(requests);
        return table.evaluate(extractor.extract(request.text()).decisionInputs());
    }

    /** Building the table from its XML, as an upload or a restart does. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CompiledModel compileTheTable() {
        return DmnCompiler.compile(MODEL, 1, "benchmark", dmnXml);
    }
}
