package pl.lukasiewicz.challenges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.platform.SampleRequests;

/**
 * After the whole test suite has run (failsafe runs after surefire in verify), reads the log
 * the service wrote meanwhile (the test profile writes it to a file) and checks that no
 * client's e-mail address or phone number from the samples and test forms appears in it, and
 * no e-mail address at all.
 */
class PersonalDataInLogIT {

    private static final Path SUITE_LOG = Path.of("target", "quarkus.log");
    private static final Pattern ANY_EMAIL =
            Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noLogLineOfTheTestSuiteHoldsAClientsEmailAddressOrPhoneNumber() throws IOException {
        assertTrue(Files.exists(SUITE_LOG), "run the surefire tests first: " + SUITE_LOG);
        List<String> lines = Files.readAllLines(SUITE_LOG, StandardCharsets.UTF_8);
        Set<String> contacts = sampleContacts();

        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher email = ANY_EMAIL.matcher(line);
            if (email.find()) {
                leaks.add("line " + (i + 1) + ": an e-mail address " + email.group());
            }
            String compact = line.replaceAll("[\\s-]", "");
            int number = i + 1;
            contacts.stream().filter(c -> line.contains(c) || compact.contains(c)).findFirst()
                    .ifPresent(c -> leaks.add("line " + number + ": a sample's contact " + c));
        }

        assertTrue(lines.size() > 100, "the suite's log is too short to mean anything");
        assertTrue(contacts.size() >= 20, "the samples' contacts were not read");
        assertEquals(List.of(), leaks, "personal data in " + SUITE_LOG);
    }

    /** E-mail addresses and phone numbers (also without spaces and dashes) of the samples. */
    private static Set<String> sampleContacts() throws IOException {
        List<String> forms = new ArrayList<>();
        SampleRequests.all().forEach(sample -> forms.add(sample.webFormJson()));
        try (InputStream in = PersonalDataInLogIT.class.getClassLoader()
                .getResourceAsStream("access/web-form.json")) {
            forms.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Set<String> contacts = new LinkedHashSet<>();
        for (String form : forms) {
            JsonNode fields = JSON.readTree(form);
            Stream.of("email", "phone").map(fields::path).filter(JsonNode::isTextual)
                    .map(JsonNode::textValue).filter(v -> v.length() >= 6).forEach(v -> {
                        contacts.add(v);
                        contacts.add(v.replaceAll("[\\s-]", ""));
                    });
        }
        return contacts;
    }
}
