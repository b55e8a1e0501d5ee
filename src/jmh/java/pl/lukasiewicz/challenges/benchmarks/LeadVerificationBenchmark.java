package pl.lukasiewicz.challenges.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
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
import pl.lukasiewicz.challenges.lead.classification.LeadText;
import pl.lukasiewicz.challenges.lead.verification.ClientType;
import pl.lukasiewicz.challenges.lead.verification.LeadDetails;
import pl.lukasiewicz.challenges.lead.verification.LeadVerification;
import pl.lukasiewicz.challenges.lead.verification.OpenLeadSummary;
import pl.lukasiewicz.challenges.lead.verification.VerificationResult;

/**
 * The other packaged decision, the rule set rules/lead-verification.drl: one real request
 * checked against the other nineteen as open leads it might repeat. Its INFO line per
 * verification is silenced here so that the benchmark's output stays readable; the JVM is
 * told to log through java.util.logging for that.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.jboss.logging.provider=jdk")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class LeadVerificationBenchmark {

    private static final String CHECKED = "rfq-012";

    /** Held so that the level set on it is not lost with a collected logger. */
    private Logger verificationLog;
    private LeadVerification verification;
    private LeadDetails request;
    private List<OpenLeadSummary> openLeads;

    @Setup
    public void compileTheRulesAndGatherTheLeads() {
        verificationLog = Logger.getLogger(LeadVerification.class.getName());
        verificationLog.setLevel(Level.WARNING);
        verification = LeadVerification.packaged();

        openLeads = new ArrayList<>();
        long id = 1;
        for (RealRequests.RealRequest real : RealRequests.all()) {
            LeadText text = real.text();
            if (real.id().equals(CHECKED)) {
                request = new LeadDetails(null, text.organisationName(), ClientType.NOT_STATED,
                        null, null, "[OSOBA]", "kontakt-" + real.id() + "@example.org", null,
                        text.title(), text.description());
            } else {
                openLeads.add(new OpenLeadSummary(id++, null, text.organisationName(),
                        text.title()));
            }
        }
    }

    @Benchmark
    public VerificationResult verifyAgainstOpenLeads() {
        return verification.verify(request, openLeads);
    }
}
