package pl.lukasiewicz.challenges.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import pl.lukasiewicz.challenges.lead.classification.DeclaredNeed;
import pl.lukasiewicz.challenges.lead.classification.LeadText;

/**
 * The real requests bundled with the service, read as the intake reads them: the buyer is
 * the organisation, a missing description is the title again, and no need is declared.
 */
final class RealRequests {

    static final String RESOURCE = "samples/rfq/requests.jsonl";

    /** One bundled request by its id, with its text. */
    record RealRequest(String id, LeadText text) {
    }

    private RealRequests() {
    }

    static List<RealRequest> all() {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = RealRequests.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            String lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return lines.lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> request(json, line))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static RealRequest withId(String id) {
        return all().stream()
                .filter(request -> request.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No request " + id + " in " + RESOURCE));
    }

    private static RealRequest request(ObjectMapper json, String line) {
        try {
            JsonNode record = json.readTree(line);
            String title = record.path("title").asText();
            String description = record.path("description").asText("");
            LeadText text = new LeadText(record.path("buyer").asText(), title,
                    description.isBlank() ? title : description, DeclaredNeed.NOT_SURE.name());
            return new RealRequest(record.path("id").asText(), text);
        } catch (IOException e) {
            throw new UncheckedIOException("A line of " + RESOURCE + " is not JSON", e);
        }
    }
}
