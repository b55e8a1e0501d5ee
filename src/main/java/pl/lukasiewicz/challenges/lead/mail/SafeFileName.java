package pl.lukasiewicz.challenges.lead.mail;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A file name that is safe to store and to offer for download: only its last path segment,
 * no control or invisible characters, no look-alike slashes, no leading dots, at most 255
 * characters; a part without a usable name gets {@code attachment-N} with an extension for
 * its content type.
 */
public final class SafeFileName {

    static final int MAX_LENGTH = 255;

    private SafeFileName() {
    }

    public static String of(String declared, String contentType, int number) {
        String name = declared == null ? "" : Normalizer.normalize(declared, Normalizer.Form.NFC);
        name = name.replaceAll("[\u2215\u2044\u29F8\uFF0F\uFF3C]", "/").replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").replaceAll("[<>:\"|?*]", "_").strip();
        name = name.replaceAll("^\\.+", "").strip();
        if (name.isEmpty()) {
            name = "attachment-" + number + extensionFor(contentType);
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }

    private static String extensionFor(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "text/plain" -> ".txt";
            case "text/html" -> ".html";
            case "message/rfc822" -> ".eml";
            case "application/ms-tnef", "application/vnd.ms-tnef" -> ".dat";
            default -> ".bin";
        };
    }
}
