import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports e-mail into the running service: every .eml file of a folder (and its subfolders),
 * one .eml file, or every message of an mbox file, each posted to POST /leads/mail as it is.
 * Needs only Java 17:
 *
 * <pre>
 *   java tools/MailImport.java ~/export/skrzynka            (a folder of .eml files)
 *   java tools/MailImport.java ~/export/Inbox.mbox          (an mbox file)
 *   java tools/MailImport.java ~/export/Inbox.mbox http://127.0.0.1:8081
 * </pre>
 *
 * It signs in as MAIL_IMPORT_USER / MAIL_IMPORT_PASSWORD (environment; the local built-in
 * crm user by default), the name the decision log then records for each message.
 *
 * One line per message: its number, the HTTP status and the outcome (new lead, already
 * received, added to a lead, quarantined with the code). Ends with a count per outcome and
 * exits 1 when a message was refused (4xx other than 422) or the service failed (5xx).
 */
public final class MailImport {

    private static final String DEFAULT_SERVICE = "http://127.0.0.1:8080";

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java tools/MailImport.java <folder|file.eml|file.mbox>"
                    + " [service address, default " + DEFAULT_SERVICE + "]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        URI endpoint = URI.create((args.length == 2 ? args[1] : DEFAULT_SERVICE)
                .replaceAll("/+$", "") + "/leads/mail");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        List<Message> messages = messagesIn(source);
        int failed = 0;
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Message message : messages) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(endpoint)
                            .timeout(Duration.ofMinutes(2))
                            .header("Content-Type", "message/rfc822")
                            .header("Authorization", signIn())
                            .POST(HttpRequest.BodyPublishers.ofByteArray(message.bytes()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String outcome = outcomeOf(answer);
            counts.merge(outcome, 1, Integer::sum);
            System.out.println(message.name() + "\t" + answer.statusCode() + "\t" + outcome);
            if (answer.statusCode() >= 400 && answer.statusCode() != 422) {
                failed++;
            }
        }
        System.out.println(messages.size() + " message(s): " + counts);
        System.exit(failed == 0 ? 0 : 1);
    }

    private record Message(String name, byte[] bytes) {
    }

    /**
     * HTTP Basic as a user allowed to submit mail: MAIL_IMPORT_USER and MAIL_IMPORT_PASSWORD
     * from the environment, by default the local built-in CRM user (crm / crm-local).
     */
    private static String signIn() {
        String user = System.getenv().getOrDefault("MAIL_IMPORT_USER", "crm");
        String password = System.getenv().getOrDefault("MAIL_IMPORT_PASSWORD", "crm-local");
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<Message> messagesIn(Path source) throws IOException {
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source)) {
                return files.filter(Files::isRegularFile)
                        .filter(file -> file.getFileName().toString().toLowerCase()
                                .endsWith(".eml"))
                        .sorted()
                        .map(file -> new Message(source.relativize(file).toString(),
                                read(file)))
                        .toList();
            }
        }
        byte[] bytes = Files.readAllBytes(source);
        if (startsWith(bytes, 0, "From ")) {
            return mbox(source.getFileName().toString(), bytes);
        }
        return List.of(new Message(source.getFileName().toString(), bytes));
    }

    /**
     * Splits an mbox: a message starts at a line beginning "From " at the start of the file
     * or after an empty line; that separator line is not part of the message. Lines quoted
     * as ">From " (and ">>From " ...) lose one '>' (the mboxrd convention).
     */
    static List<Message> mbox(String name, byte[] bytes) {
        List<Message> messages = new ArrayList<>();
        List<int[]> lines = lines(bytes);
        int start = -1;
        boolean previousEmpty = true;
        int previousStart = 0;
        for (int[] line : lines) {
            boolean separator = previousEmpty && startsWith(bytes, line[0], "From ");
            if (separator) {
                if (start >= 0) {
                    // The empty line before a separator belongs to the mbox, not the message.
                    int end = Math.max(start, previousStart);
                    messages.add(message(name, messages.size() + 1, bytes, start, end));
                }
                start = line[1];
            }
            int length = line[1] - line[0];
            previousEmpty = length == 1 && bytes[line[0]] == '\n'
                    || length == 2 && bytes[line[0]] == '\r';
            previousStart = line[0];
        }
        if (start >= 0) {
            messages.add(message(name, messages.size() + 1, bytes, start, bytes.length));
        }
        return messages;
    }

    private static Message message(String name, int number, byte[] bytes, int from, int to) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(to - from);
        for (int[] line : lines(Arrays.copyOfRange(bytes, from, to), 0)) {
            int at = from + line[0];
            int quotes = 0;
            while (at + quotes < from + line[1] && bytes[at + quotes] == '>') {
                quotes++;
            }
            boolean quotedFrom = quotes > 0 && startsWith(bytes, at + quotes, "From ");
            int skip = quotedFrom ? 1 : 0;
            out.write(bytes, at + skip, line[1] - line[0] - skip);
        }
        return new Message(name + "#" + number, out.toByteArray());
    }

    /** Start (inclusive) and end (exclusive, after the \n) of every line. */
    private static List<int[]> lines(byte[] bytes) {
        return lines(bytes, 0);
    }

    private static List<int[]> lines(byte[] bytes, int offset) {
        List<int[]> lines = new ArrayList<>();
        int start = offset;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(new int[] {start, bytes.length});
        }
        return lines;
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        if (at + prefix.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String outcomeOf(HttpResponse<String> answer) {
        String body = answer.body();
        for (String field : List.of("\"outcome\":\"", "\"reasonCode\":\"", "\"code\":\"")) {
            int at = body.indexOf(field);
            if (at >= 0 && (answer.statusCode() != 202 || field.contains("reasonCode"))) {
                int end = body.indexOf('"', at + field.length());
                String value = body.substring(at + field.length(), end);
                return answer.statusCode() == 202 ? "QUARANTINED:" + value : value;
            }
        }
        return "HTTP_" + answer.statusCode();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
