package pl.lukasiewicz.challenges.lead;

import pl.lukasiewicz.challenges.lead.classification.DeclaredNeed;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
            "email", "phone", "title", "description", "declaredNeed", "channel", "attachments",
            "receivedAt");
    private static final Set<String> ATTACHMENT_FIELDS =
            Set.of("fileName", "contentType", "sizeBytes");

    /** A plain address: dot-separated atoms before the @, host name labels after it. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{7,25}");
    private static final Pattern CONTENT_TYPE =
            Pattern.compile("(?i)[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");
    /** No folders, no control or invisible format characters, no look-alike slashes. */
    private static final Pattern SAFE_FILE_NAME =
            Pattern.compile("[^/\\\\\\p{Cc}\\p{Cf}\u2215\u2044\u29F8\uFF0F\uFF3C]+");
    /** The longest body kept as a lead's raw payload: every field at its limit, escaped. */
    public static final int MAX_STORED_BODY = 256 * 1024;

    private static final ObjectReader JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .readerFor(JsonNode.class);

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

        Optional<OffsetDateTime> receivedAt = receivedAt(fields, channel);

        if (!fields.errors().isEmpty()) {
            throw new InvalidRequestException(fields.errors());
        }
        if (body.length() > MAX_STORED_BODY) {
            throw refusal("BODY_TOO_LARGE", "The body has " + body.length()
                    + " characters, more than its fields can fill (" + MAX_STORED_BODY + ")");
        }
        return new WebForm(organisation.get(), nip, contact.get(), email.get(), phone,
                title.get(), description.get(), need.get(), channel.get(), attachments,
                receivedAt);
    }

    /**
     * When a lead typed in the CRM was received there: the promised deadlines count from
     * it. Only such a lead may say; a web-form request is received when it arrives.
     */
    private static Optional<OffsetDateTime> receivedAt(JsonFieldReader fields,
            Optional<Channel> channel) {
        Optional<String> text = fields.optionalText("receivedAt", 40);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (channel.isPresent() && channel.get() != Channel.SALES_LEAD) {
            fields.reject(fields.pathOf("receivedAt"), "NOT_ALLOWED",
                    "Only a sales lead from the CRM (channel SALES_LEAD) gives its own time of"
                            + " receipt; this request is received now");
            return Optional.empty();
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(text.get());
            if (at.isAfter(OffsetDateTime.now().plusMinutes(5))
                    || at.getYear() < 2000) {
                fields.reject(fields.pathOf("receivedAt"), "OUT_OF_RANGE",
                        "Expected a moment from the year 2000 up to now");
                return Optional.empty();
            }
            return Optional.of(at);
        } catch (DateTimeParseException e) {
            fields.reject(fields.pathOf("receivedAt"), "BAD_FORMAT",
                    "Expected a date-time with offset, e.g. 2026-11-20T09:30:00+01:00");
            return Optional.empty();
        }
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
            throw refusal("MALFORMED_JSON", "The body is not valid JSON" + locationOf(e)
                    + ": " + firstSentenceOf(e.getOriginalMessage()));
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
            fields.reject("nip", "BAD_FORMAT", "A NIP has ten digits, e.g. 526-025-02-74");
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
                || name.get().chars().allMatch(c -> c == '.'))) {
            item.reject(item.pathOf("fileName"), "BAD_FORMAT", "A file name must not contain"
                    + " folders, slashes, control or invisible characters, or be only dots");
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

    /** The parser's own words, without its hints about parser settings. */
    private static String firstSentenceOf(String message) {
        String text = message == null ? "unreadable" : message.split("\n")[0];
        for (String hint : List.of("; enable", " (for ", ": maybe")) {
            int at = text.indexOf(hint);
            if (at > 0) {
                text = text.substring(0, at);
            }
        }
        return text.replace("`", "'");
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
