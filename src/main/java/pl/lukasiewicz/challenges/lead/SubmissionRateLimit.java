package pl.lukasiewicz.challenges.lead;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many web-form submissions one client address may send: a bucket of
 * {@code submissions} tokens per address that refills evenly over {@code period}. Kept in
 * memory, so each instance of the service counts on its own and a restart forgets.
 */
@ApplicationScoped
public class SubmissionRateLimit {

    /** Buckets beyond this many are dropped when full, so a flood of addresses stays bounded. */
    private static final int MAX_ADDRESSES = 100_000;

    @ConfigProperty(name = "challenges.intake.rate-limit.submissions", defaultValue = "20")
    int submissions;

    @ConfigProperty(name = "challenges.intake.rate-limit.period", defaultValue = "PT1H")
    Duration period;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Tokens left and when they were counted. */
    private record Bucket(double tokens, long atNanos) {
    }

    /** Empty when the address may submit now; otherwise the seconds until it may. */
    public Optional<Long> admit(String address) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.entrySet().removeIf(e -> refilled(e.getValue(), now) >= submissions);
        }
        boolean[] admitted = new boolean[1];
        Bucket after = buckets.compute(address, (key, bucket) -> {
            double tokens = bucket == null ? submissions : refilled(bucket, now);
            admitted[0] = tokens >= 1;
            return new Bucket(admitted[0] ? tokens - 1 : tokens, now);
        });
        if (admitted[0]) {
            return Optional.empty();
        }
        double secondsPerToken = period.toNanos() / 1e9 / submissions;
        return Optional.of(Math.max(1, (long) Math.ceil((1 - after.tokens()) * secondsPerToken)));
    }

    private double refilled(Bucket bucket, long now) {
        double perNano = (double) submissions / period.toNanos();
        return Math.min(submissions, bucket.tokens() + (now - bucket.atNanos()) * perNano);
    }
}
