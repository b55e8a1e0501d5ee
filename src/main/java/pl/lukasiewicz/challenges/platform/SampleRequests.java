package pl.lukasiewicz.challenges.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The real requests bundled with the service (see samples/rfq/SOURCE.md), each with the label
 * an analyst gave it, and the web-form body each one makes. The records' contact data were
 * anonymised at the source, so the form gets a placeholder person and address.
 */
public final class SampleRequests {

    public static final String RESOURCE = "samples/rfq/requests.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One bundled request: its id, the analyst's label and the form body it becomes. */
    public record Sample(String id, String analystLabel, String webFormJson) {
    }

    private SampleRequests() {
    }

    public static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        try (InputStream in = SampleRequests.class.getClassLoader().getResourceAsStream(RESOURCE);
                BufferedReader lines = new BufferedReader(
                        new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    samples.add(sampleOf(JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled " + RESOURCE, e);
        }
        return samples;
    }

    private static Sample sampleOf(JsonNode record) throws IOException {
        String id = record.path("id").asText();
        String title = record.path("title").asText();
        String description = record.path("description").asText("");
        ObjectNode form = JSON.createObjectNode()
                .put("organisationName", record.path("buyer").asText())
                .put("contactPerson", "[OSOBA]")
                .put("email", "kontakt-" + id + "@example.org")
                .put("title", title)
                .put("description", description.isBlank() ? title : description)
                .put("declaredNeed", "NOT_SURE")
                .put("channel", "WEB_FORM");
        return new Sample(id, record.path("label").asText(), JSON.writeValueAsString(form));
    }
}
