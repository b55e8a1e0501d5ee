package pl.lukasiewicz.challenges.lead;

import pl.lukasiewicz.challenges.lead.classification.DeclaredNeed;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.InvalidRequestException;
import pl.lukasiewicz.challenges.web.JsonFieldReader;

/**
 * Reads the web form's JSON and checks every field. A request with any problem is refused as
 * a whole with the list of problems; nothing of it is kept.
 */
public final class WebFormReader {

    /** Real requests put whole specifications in the title; 1,000 keeps the longest seen. */
    public static final int MAX_TITLE = 1_000;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_ATTACHMENTS = 20;
    public static final long MAX_ATTACHMENT_BYTES = 25L * 1024 * 1024;

    private static final Set<String> FIELDS = Set.of("organisationName", "nip", "contactPerson",
            "email", "phone", "title", "description", "declaredNeed", "channel", "attachments");
    private static final Set<String> ATTACHMENT_FIELDS =
            Set.of("fileName", "contentType", "sizeBytes");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{7,25}");
    private static final Pattern CONTENT_TYPE =
            Pattern.compile("(?i)[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");
    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]+");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private WebFormReader() {
    }

    public static WebForm read(String body) {
        JsonFieldReader fields = JsonFieldReader.of(objectIn(body));

        fields.rejectUnknownFields(FIELDS);
        Optional<String> organisation = fields.requiredText("organisationName", 300);
        Optional<String> nip = nip(fields);
        Optional<String> contact = fields.requiredText("contactPerson", 200);
        Optional<String> email = fields.matching(fields.requiredText("email", 254), "email",
                EMAIL, "an e-mail address such as name@company.pl");
        Optional<String> phone = fields.matching(fields.optionalText("phone", 40), "phone",
                PHONE, "a phone number of digits, spaces, dashes and an optional leading +");
        Optional<String> title = fields.requiredText("title", MAX_TITLE);
        Optional<String> description = fields.requiredText("description", MAX_DESCRIPTION);
        Optional<DeclaredNeed> need = fields.requiredChoice("declaredNeed", DeclaredNeed.class);
        Optional<Channel> channel = fields.requiredChoice("channel", Channel.class);
        List<AttachmentMetadata> attachments = fields.optionalObjects(
                "attachments", MAX_ATTACHMENTS, WebFormReader::attachment);

        if (!fields.errors().isEmpty()) {
            throw new InvalidRequestException(fields.errors());
        }
        return new WebForm(organisation.get(), nip, contact.get(), email.get(), phone,
                title.get(), description.get(), need.get(), channel.get(), attachments);
    }

    /** Parses the body into a JSON object, or refuses it as malformed. */
    public static JsonNode objectIn(String body) {
        if (body == null || body.isBlank()) {
            throw refusal("BODY_MISSING", "The request has no body; send the form as JSON");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw refusal("MALFORMED_JSON", "The body is not valid JSON: "
                    + e.getOriginalMessage() + locationOf(e));
        }
        if (root == null || !root.isObject()) {
            throw refusal("NOT_AN_OBJECT", "The body must be one JSON object");
        }
        return root;
    }

    private static Optional<String> nip(JsonFieldReader fields) {
        Optional<String> written = fields.optionalText("nip", 20);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> digits = Nip.digitsOf(written.get());
        if (digits.isEmpty()) {
            fields.reject("nip", "BAD_FORMAT", "A NIP has ten digits, e.g. 525-000-00-00");
            return Optional.empty();
        }
        if (!Nip.hasValidCheckDigit(digits.get())) {
            fields.reject("nip", "BAD_CHECKSUM",
                    "The last digit of this NIP does not match the first nine; check for a typo");
            return Optional.empty();
        }
        return digits;
    }

    private static Optional<AttachmentMetadata> attachment(JsonFieldReader item) {
        item.rejectUnknownFields(ATTACHMENT_FIELDS);
        Optional<String> name = item.requiredText("fileName", 255);
        if (name.isPresent() && (!SAFE_FILE_NAME.matcher(name.get()).matches()
                || name.get().equals(".") || name.get().equals(".."))) {
            item.reject(item.pathOf("fileName"), "BAD_FORMAT",
                    "A file name must not contain folders, slashes or control characters");
            name = Optional.empty();
        }
        Optional<String> type = item.matching(item.requiredText("contentType", 127),
                "contentType", CONTENT_TYPE, "a media type such as application/pdf");
        Optional<Long> size = item.requiredWholeNumber("sizeBytes", 1, MAX_ATTACHMENT_BYTES);
        if (name.isEmpty() || type.isEmpty() || size.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AttachmentMetadata(name.get(), type.get(), size.get()));
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static InvalidRequestException refusal(String code, String reason) {
        return new InvalidRequestException(List.of(new FieldError("$", code, reason)));
    }
}
