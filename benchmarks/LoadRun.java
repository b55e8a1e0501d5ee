import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load on POST /decisions/lead-classification of a service on this machine, first
 * for a warm-up whose answers are only checked, then for a measured period. Every measured
 * request's latency is kept; the run ends by itself at the period's end or at the request
 * limit, whichever comes first.
 *
 * <p>By default the load is a closed loop: a fixed number of workers, each sending its next
 * request when the previous one has answered, which finds the most the service can do. With
 * {@code --rate} the requests are sent on a fixed schedule instead (an open loop, the
 * workers only carry it), and a request's latency counts from when it was due, so that a
 * service falling behind shows in the latencies rather than slowing the schedule down.
 *
 * <p>Run with the JDK alone, from the repository:
 * <pre>
 * java benchmarks/LoadRun.java --port 8080 --workers 8 --warmup 10 --seconds 20 --log on
 * java benchmarks/LoadRun.java --port 8080 --workers 32 --rate 300 --seconds 20 --log on
 * </pre>
 * With {@code --user name} each request carries HTTP Basic credentials for that user; the
 * password comes from {@code --password}, or else from the environment variable
 * LOAD_RUN_PASSWORD, which keeps it out of the process list.
 * It prints MEASURING when the measured period starts, then one line starting with RESULT,
 * both read by benchmarks/load-run.sh.
 */
public final class LoadRun {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String PATH = "/decisions/lead-classification";
    private static final String SAMPLES = "src/main/resources/samples/rfq/requests.jsonl";
    /** Long and short, B+R, P+U and out of scope: rfq-001 is the longest bundled request. */
    private static final String DEFAULT_IDS = "rfq-001,rfq-012,rfq-022,rfq-036";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_REPORTED_FAILURES = 5;
    private static final Pattern LOG_ROW = Pattern.compile("\"decisionLogId\"\\s*:\\s*(\\d+)");

    private final HttpClient client;
    private final URI target;
    private final List<String> bodies;
    private final boolean logExpected;
    /** The Authorization header's value, or null to send none. */
    private final String authorization;

    private LoadRun(URI target, List<String> bodies, boolean logExpected,
            String authorization) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.target = target;
        this.bodies = bodies;
        this.logExpected = logExpected;
        this.authorization = authorization;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int port = Integer.parseInt(required(options, "port"));
        int workers = Integer.parseInt(options.getOrDefault("workers", "8"));
        int warmupSeconds = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int maxRequests = Integer.parseInt(options.getOrDefault("max-requests", "500000"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
        boolean logExpected = switch (required(options, "log")) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("--log is on or off");
        };
        if (workers < 1 || workers > 64 || seconds < 1 || seconds > 600 || warmupSeconds < 0
                || warmupSeconds > 600 || maxRequests < 1 || maxRequests > 5_000_000
                || rate < 0 || rate > 10_000) {
            throw new IllegalArgumentException("Out of bounds: 1-64 workers, 1-600 s measured,"
                    + " 0-600 s warm-up, 1-5,000,000 requests, a rate of 0-10,000 per second");
        }

        URI target = URI.create("http://" + LOOPBACK + ":" + port + PATH);
        List<String> bodies = bodies(Path.of(options.getOrDefault("samples", SAMPLES)),
                List.of(options.getOrDefault("ids", DEFAULT_IDS).split(",")));
        LoadRun run = new LoadRun(target, bodies, logExpected, authorization(options));

        if (warmupSeconds > 0) {
            Period warmup = run.period(workers, rate, Duration.ofSeconds(warmupSeconds),
                    maxRequests);
            warmup.requireNoFailures("warm-up");
        }
        System.out.println("MEASURING");
        System.out.flush();
        Period measured = run.period(workers, rate, Duration.ofSeconds(seconds), maxRequests);
        measured.requireNoFailures("measured period");
        System.out.println(measured.summary(options.getOrDefault("label", ""), workers, rate));
    }

    /** What one period of load saw. */
    private record Period(long[] latenciesNanos, int completed, long elapsedNanos,
            int failures, List<String> firstFailures) {

        void requireNoFailures(String what) {
            if (failures > 0) {
                System.err.println(failures + " requests failed in the " + what + "; first: "
                        + firstFailures);
                System.exit(2);
            }
        }

        String summary(String label, int workers, double rate) {
            long[] sorted = Arrays.copyOf(latenciesNanos, completed);
            Arrays.sort(sorted);
            double seconds = elapsedNanos / 1e9;
            String load = rate > 0 ? String.format(Locale.ROOT, "rate:%.0f", rate) : "closed";
            return String.format(Locale.ROOT, "RESULT label=%s workers=%d load=%s requests=%d"
                    + " seconds=%.2f throughput=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f"
                    + " max_ms=%.2f", label, workers, load, completed, seconds,
                    completed / seconds, millis(sorted, 0.50), millis(sorted, 0.90),
                    millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }

        /** The nearest-rank percentile, in milliseconds. */
        private static double millis(long[] sorted, double fraction) {
            int rank = (int) Math.ceil(fraction * sorted.length);
            return sorted[Math.max(rank - 1, 0)] / 1e6;
        }
    }

    /**
     * One period of load. Requests are numbered as workers take them; on a schedule, number
     * n is due n / rate seconds after the start, and none is sent that falls due after the
     * end. The requests sent are always the first ones numbered.
     */
    private Period period(int workers, double rate, Duration length, int maxRequests)
            throws InterruptedException {
        long[] latencies = new long[maxRequests];
        AtomicInteger tickets = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        double nanosApart = rate > 0 ? 1e9 / rate : 0;
        AtomicInteger failures = new AtomicInteger();
        List<String> firstFailures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(workers);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong start = new AtomicLong();
        AtomicLong deadline = new AtomicLong();

        List<Thread> threads = new ArrayList<>();
        for (int worker = 0; worker < workers; worker++) {
            int first = worker;
            Thread thread = new Thread(() -> {
                ready.countDown();
                awaitQuietly(go);
                int turn = first;
                while (System.nanoTime() < deadline.get()) {
                    int ticket = tickets.getAndIncrement();
                    if (ticket >= maxRequests) {
                        break;
                    }
                    long due = System.nanoTime();
                    if (rate > 0) {
                        due = start.get() + (long) (ticket * nanosApart);
                        if (due >= deadline.get()) {
                            break;
                        }
                        waitUntil(due);
                    }
                    String body = bodies.get(turn++ % bodies.size());
                    String failure = send(body);
                    latencies[ticket] = System.nanoTime() - due;
                    sent.incrementAndGet();
                    if (failure != null) {
                        failures.incrementAndGet();
                        if (firstFailures.size() < MAX_REPORTED_FAILURES) {
                            firstFailures.add(failure);
                        }
                    }
                }
            }, "load-worker-" + worker);
            thread.start();
            threads.add(thread);
        }

        ready.await();
        long started = System.nanoTime();
        start.set(started);
        deadline.set(started + length.toNanos());
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - started;
        return new Period(latencies, sent.get(), elapsed, failures.get(),
                List.copyOf(firstFailures));
    }

    private static void waitUntil(long due) {
        long left;
        while ((left = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    /** HTTP Basic credentials from --user and --password (or LOAD_RUN_PASSWORD), if given. */
    private static String authorization(Map<String, String> options) {
        String user = options.get("user");
        if (user == null) {
            return null;
        }
        String password = options.getOrDefault("password", System.getenv("LOAD_RUN_PASSWORD"));
        if (password == null) {
            throw new IllegalArgumentException("--user needs --password or LOAD_RUN_PASSWORD");
        }
        byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    /** Sends one request; null when it was answered as expected, else what went wrong. */
    private String send(String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode() + ": " + response.body();
            }
            Matcher row = LOG_ROW.matcher(response.body());
            if (!row.find()) {
                return "no decisionLogId in " + response.body();
            }
            boolean logged = Long.parseLong(row.group(1)) > 0;
            if (logged != logExpected) {
                return "decisionLogId " + row.group(1) + " with the log expected "
                        + (logExpected ? "on" : "off");
            }
            return null;
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    /**
     * The request bodies: title and description of the named bundled requests, taken from
     * their lines as the JSON strings they are, escapes and all.
     */
    private static List<String> bodies(Path samples, List<String> ids) throws IOException {
        Map<String, String> byId = new HashMap<>();
        for (String line : Files.readAllLines(samples, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                byId.put(decoded(jsonString(line, "id")), line);
            }
        }
        List<String> bodies = new ArrayList<>();
        for (String id : ids) {
            String line = byId.get(id.strip());
            if (line == null) {
                throw new IllegalArgumentException("No request " + id + " in " + samples);
            }
            bodies.add("{\"title\": " + jsonString(line, "title") + ", \"description\": "
                    + jsonString(line, "description") + "}");
        }
        return bodies;
    }

    /** The JSON string literal, quotes included, of the first field with this name. */
    private static String jsonString(String line, String field) {
        Matcher key = Pattern.compile("\"" + field + "\"\\s*:\\s*\"").matcher(line);
        if (!key.find()) {
            throw new IllegalArgumentException("No text field " + field + " in " + line);
        }
        int open = key.end() - 1;
        int at = open + 1;
        while (line.charAt(at) != '"') {
            at += line.charAt(at) == '\\' ? 2 : 1;
        }
        return line.substring(open, at + 1);
    }

    /** A JSON string literal without escapes, as the ids are. */
    private static String decoded(String literal) {
        return literal.substring(1, literal.length() - 1);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Options come as --name value: "
                        + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
