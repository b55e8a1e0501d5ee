package pl.lukasiewicz.challenges.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import pl.lukasiewicz.challenges.lead.classification.LeadFeatureExtractor;
import pl.lukasiewicz.challenges.lead.classification.LeadFeatures;
import pl.lukasiewicz.challenges.lead.classification.LeadText;

/**
 * Reading a real request's Polish text into the table's inputs: words, their lemmas from the
 * Morfologik dictionary, and the analysts' terms found among them. rfq-001 is the longest
 * bundled request (250 + 1363 characters), rfq-036 one of the shortest (69 + 202).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class LeadFeatureExtractionBenchmark {

    @Param({"rfq-001", "rfq-036"})
    public String request;

    private LeadFeatureExtractor extractor;
    private LeadText text;

    @Setup
    public void readTheTermListAndTheRequest() {
        extractor = new LeadFeatureExtractor();
        text = RealRequests.withId(request).text();
    }

    @Benchmark
    public LeadFeatures extractTheFeatures() {
        return extractor.extract(text);
    }
}
