package pl.lukasiewicz.challenges.lead.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * Reads a raw message with Apache James Mime4j, leniently: broken boundaries, missing blank
 * lines, over-long lines and duplicate headers are read as well as they can be, never refused.
 * Only a body that holds no message at all is refused, with {@link UnreadableMailException}.
 *
 * <p>Header fields are decoded from their raw bytes (8-bit headers in UTF-8 or a guessed
 * charset, then RFC 2047 encoded words, also inside quoted display names); file names from
 * RFC 2231 parameters, RFC 2047 words or plain values, in that order.
 */
public final class MailReader {

    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern HEADER_LINE =
            Pattern.compile("^[\\x21-\\x39\\x3B-\\x7E]+[ \\t]*:", Pattern.MULTILINE);

    private MailReader() {
    }

    public static ReceivedMail read(byte[] raw) {
        if (raw == null || raw.length == 0 || new String(raw, StandardCharsets.ISO_8859_1)
                .isBlank()) {
            throw new UnreadableMailException("EMPTY_MESSAGE", "The body is empty; send the"
                    + " message as it was received, headers included");
        }
        Message message = parsed(raw);
        if (message.getHeader().getFields().isEmpty()
                || !HEADER_LINE.matcher(head(raw)).lookingAt()) {
            throw new UnreadableMailException("NOT_A_MESSAGE", "The body does not start with"
                    + " header lines such as 'From: ...'; it is not an e-mail message");
        }
        return read(message);
    }

    private static Message parsed(byte[] raw) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        try {
            return builder.parseMessage(new ByteArrayInputStream(raw));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableMailException("UNPARSEABLE", "The message cannot be read as"
                    + " MIME: " + e.getMessage());
        }
    }

    private static String head(byte[] raw) {
        String start = new String(raw, 0, Math.min(raw.length, 1000), StandardCharsets.ISO_8859_1);
        return start.stripLeading();
    }

    private static ReceivedMail read(Message message) {
        Map<String, List<String>> headers = headers(message);
        Parts parts = new Parts();
        parts.collect(message);

        String text = String.join("\n\n", parts.texts).strip();
        return new ReceivedMail(
                messageId(headers),
                referencedIds(headers),
                sender(message),
                first(headers, "subject"),
                text,
                List.copyOf(parts.files),
                Optional.ofNullable(parts.attached),
                InlineForward.originalSender(text),
                headers);
    }

    private static Map<String, List<String>> headers(Message message) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Field field : message.getHeader().getFields()) {
            headers.computeIfAbsent(field.getName().toLowerCase(Locale.ROOT),
                    name -> new ArrayList<>()).add(decoded(field));
        }
        return headers;
    }

    /** A header's value from its raw bytes: charset guessed if 8-bit, unfolded, words decoded. */
    static String decoded(Field field) {
        String value = rawValue(field);
        try {
            return DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT).strip();
        } catch (IllegalArgumentException e) {
            return value.strip();
        }
    }

    private static String rawValue(Field field) {
        ByteSequence raw = field.getRaw();
        if (raw == null) {
            return field.getBody() == null ? "" : field.getBody();
        }
        String line = MailText.guessed(raw.toByteArray());
        int colon = line.indexOf(':');
        return line.substring(colon + 1).replaceAll("\\r?\\n([ \\t])", "$1")
                .replaceAll("[\\r\\n]", "");
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static String messageId(Map<String, List<String>> headers) {
        String value = first(headers, "message-id");
        if (value == null) {
            return null;
        }
        Matcher id = MESSAGE_ID.matcher(value);
        return id.find() ? id.group(1) : value.strip().split("\\s+")[0];
    }

    private static List<String> referencedIds(Map<String, List<String>> headers) {
        List<String> ids = new ArrayList<>();
        for (String name : List.of("in-reply-to", "references")) {
            for (String value : headers.getOrDefault(name, List.of())) {
                Matcher id = MESSAGE_ID.matcher(value);
                List<String> found = new ArrayList<>();
                while (id.find()) {
                    found.add(id.group(1));
                }
                // References lists the oldest first; the nearest is the last.
                java.util.Collections.reverse(found);
                found.stream().filter(f -> !ids.contains(f)).forEach(ids::add);
            }
        }
        return List.copyOf(ids);
    }

    private static MailAddress sender(Message message) {
        for (String name : List.of("From", "Sender")) {
            Field field = message.getHeader().getField(name);
            if (field != null) {
                Optional<MailAddress> mailbox = firstMailbox(rawValue(field));
                if (mailbox.isPresent()) {
                    return mailbox.get();
                }
            }
        }
        return null;
    }

    static Optional<MailAddress> firstMailbox(String value) {
        AddressList addresses = LenientAddressParser.DEFAULT.parseAddressList(value);
        for (Address address : addresses) {
            Mailbox mailbox = address instanceof Group group && !group.getMailboxes().isEmpty()
                    ? group.getMailboxes().get(0)
                    : address instanceof Mailbox single ? single : null;
            if (mailbox != null && mailbox.getDomain() != null && !mailbox.getDomain().isEmpty()) {
                return Optional.of(new MailAddress(displayName(mailbox.getName()),
                        mailbox.getAddress()));
            }
        }
        return InlineForward.mailbox(value);
    }

    /** Encoded words also inside quotes, which strict RFC 2047 forbids but programs write. */
    private static String displayName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String decoded = name.contains("=?")
                ? DecoderUtil.decodeEncodedWords(name, DecodeMonitor.SILENT) : name;
        return decoded.replaceAll("\\s+", " ").strip();
    }

    /** Walks the MIME tree: readable text here, files there, a forwarded message opened. */
    private static final class Parts {
        final List<String> texts = new ArrayList<>();
        final List<MailFile> files = new ArrayList<>();
        ReceivedMail attached;

        void collect(Entity entity) {
            Body body = entity.getBody();
            String type = mimeType(entity);
            if (body instanceof Multipart multipart) {
                collectMultipart(type, multipart.getBodyParts());
            } else if (body instanceof Message forwarded) {
                if (attached == null) {
                    attached = read(forwarded);
                } else {
                    collectMultipart("multipart/mixed", List.of(forwarded));
                }
            } else if (body instanceof SingleBody single) {
                collectSingle(entity, type, bytesOf(single));
            }
        }

        private void collectMultipart(String type, List<Entity> children) {
            if (children.isEmpty()) {
                return;
            }
            if (type.equals("multipart/alternative")) {
                collect(preferred(children));
            } else if (type.equals("multipart/related")) {
                collect(children.get(0));
                children.subList(1, children.size()).forEach(this::collectAsFile);
            } else {
                children.forEach(this::collect);
            }
        }

        private void collectAsFile(Entity entity) {
            if (entity.getBody() instanceof SingleBody single) {
                addFile(entity, mimeType(entity), bytesOf(single));
            } else {
                collect(entity);
            }
        }

        private void collectSingle(Entity entity, String type, byte[] content) {
            boolean readable = (type.equals("text/plain") || type.equals("text/html"))
                    && !"attachment".equalsIgnoreCase(entity.getDispositionType())
                    && fileNameOf(entity) == null;
            if (!readable) {
                addFile(entity, type, content);
                return;
            }
            String text = MailText.decode(content, entity.getCharset());
            if (type.equals("text/html")) {
                text = HtmlText.of(text);
            }
            if (!text.isBlank()) {
                texts.add(text.strip());
            }
        }

        private void addFile(Entity entity, String type, byte[] content) {
            String name = SafeFileName.of(fileNameOf(entity), type, files.size() + 1);
            files.add(new MailFile(name, type, content));
            if (Winmail.isTnef(content)) {
                files.addAll(Winmail.filesIn(content, files.size() + 1));
            }
        }

        /** Plain text when it says something, else HTML, else the first part. */
        private static Entity preferred(List<Entity> alternatives) {
            Entity html = null;
            for (Entity part : alternatives) {
                String type = mimeType(part);
                if (type.equals("text/plain") && part.getBody() instanceof SingleBody single
                        && !MailText.decode(bytesOf(single), part.getCharset()).isBlank()) {
                    return part;
                }
                if (html == null && (type.equals("text/html") || type.startsWith("multipart/"))) {
                    html = part;
                }
            }
            return html != null ? html : alternatives.get(0);
        }
    }

    private static String mimeType(Entity entity) {
        String type = entity.getMimeType();
        return type == null ? "text/plain" : type.toLowerCase(Locale.ROOT);
    }

    private static byte[] bytesOf(SingleBody body) {
        try (var in = body.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("A decoded body part could not be read", e);
        }
    }

    /**
     * The file name a part declares: Content-Disposition's filename, else Content-Type's
     * name; RFC 2231 forms ({@code filename*=UTF-8''...}, continuations) first.
     */
    static String fileNameOf(Entity entity) {
        for (String[] source : new String[][] {{"Content-Disposition", "filename"},
                {"Content-Type", "name"}}) {
            Field field = entity.getHeader() == null ? null
                    : entity.getHeader().getField(source[0]);
            if (field != null) {
                String name = parameter(rawValue(field), source[1]);
                if (name != null && !name.isBlank()) {
                    return name;
                }
            }
        }
        return null;
    }

    private static final Pattern PARAMETER = Pattern.compile(
            "(?i);\\s*([a-z0-9_-]+)(\\*\\d+)?(\\*)?\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^;\\s]*)");

    /** One parameter of a header value, RFC 2231 continuations and charsets decoded. */
    static String parameter(String headerValue, String wanted) {
        Matcher parameter = PARAMETER.matcher(headerValue);
        Map<Integer, String> extendedParts = new java.util.TreeMap<>();
        Map<Integer, Boolean> encodedParts = new java.util.HashMap<>();
        String plain = null;
        while (parameter.find()) {
            if (!parameter.group(1).equalsIgnoreCase(wanted)) {
                continue;
            }
            String value = parameter.group(5) != null
                    ? parameter.group(5).replaceAll("\\\\(.)", "$1") : parameter.group(4);
            boolean extended = parameter.group(2) != null || parameter.group(3) != null;
            if (!extended) {
                plain = value;
                continue;
            }
            int index = parameter.group(2) == null ? 0
                    : Integer.parseInt(parameter.group(2).substring(1));
            extendedParts.put(index, value);
            encodedParts.put(index, parameter.group(3) != null);
        }
        if (!extendedParts.isEmpty()) {
            return rfc2231(extendedParts, encodedParts);
        }
        if (plain == null) {
            return null;
        }
        return DecoderUtil.decodeEncodedWords(plain, DecodeMonitor.SILENT).strip();
    }

    private static String rfc2231(Map<Integer, String> parts, Map<Integer, Boolean> encoded) {
        Charset charset = StandardCharsets.UTF_8;
        StringBuilder bytes = new StringBuilder();
        for (Map.Entry<Integer, String> part : parts.entrySet()) {
            String value = part.getValue();
            if (part.getKey() == 0 && encoded.get(0)) {
                String[] pieces = value.split("'", 3);
                if (pieces.length == 3) {
                    charset = MailText.known(pieces[0]).orElse(StandardCharsets.UTF_8);
                    value = pieces[2];
                }
            }
            bytes.append(encoded.get(part.getKey()) ? value
                    : value.replace("%", "%25"));
        }
        try {
            return URLDecoder.decode(bytes.toString().replace("+", "%2B"), charset);
        } catch (IllegalArgumentException e) {
            return bytes.toString();
        }
    }
}
