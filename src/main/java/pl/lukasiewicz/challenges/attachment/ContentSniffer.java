package pl.lukasiewicz.challenges.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The content type a file really has, read from its first bytes, for the formats clients send
 * with requests. Empty when the bytes do not tell; then only the declared type is known.
 */
public final class ContentSniffer {

    /** The outcome of comparing the declared type with the first bytes. */
    public enum Check {
        /** The bytes are of the declared type. */
        CONFIRMED,
        /** The bytes are of another type, or not of a declared type the sniffer knows. */
        MISMATCH,
        /** Neither the bytes nor the declared type are of a kind the sniffer knows. */
        UNKNOWN
    }

    /** Outlook's winmail.dat format. */
    public static final String TNEF = "application/vnd.ms-tnef";

    /** Declared types whose files always start with bytes this class recognises. */
    private static final Set<String> RECOGNISABLE = Set.of("application/pdf", "image/png",
            "image/jpeg", "image/gif", "application/zip", "application/ms-tnef",
            "application/vnd.ms-tnef");

    private ContentSniffer() {
    }

    public static Optional<String> typeOf(byte[] content) {
        if (startsWith(content, "%PDF-")) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G')) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, "GIF87a") || startsWith(content, "GIF89a")) {
            return Optional.of("image/gif");
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return Optional.of("application/zip");
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of("application/x-ole-storage");
        }
        if (startsWith(content, 0x78, 0x9F, 0x3E, 0x22)) {
            return Optional.of(TNEF);
        }
        if (startsWith(content, 'M', 'Z')) {
            return Optional.of("application/x-msdownload");
        }
        if (startsWith(content, 0x30, 0x80) || startsWith(content, 0x30, 0x82)) {
            return Optional.of("application/pkcs7-signature");
        }
        return Optional.empty();
    }

    /** Compares a declared content type with what the bytes are. */
    public static Check check(String declaredType, byte[] content) {
        String declared = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT);
        Optional<String> detected = typeOf(content);
        if (detected.isEmpty()) {
            return RECOGNISABLE.contains(declared) ? Check.MISMATCH : Check.UNKNOWN;
        }
        return fits(declared, detected) ? Check.CONFIRMED : Check.MISMATCH;
    }

    /**
     * Whether the declared type fits the bytes: the same type, or a ZIP or OLE container
     * declared as one of the office formats built on it.
     */
    static boolean fits(String declared, Optional<String> detected) {
        if (detected.isEmpty()) {
            return true;
        }
        String type = detected.get();
        if (type.equals(declared)) {
            return true;
        }
        return switch (type) {
            case "application/zip" -> declared.contains("openxmlformats")
                    || declared.contains("opendocument") || declared.contains("zip");
            case "application/x-ole-storage" -> declared.equals("application/msword")
                    || declared.contains("ms-excel") || declared.contains("ms-powerpoint")
                    || declared.contains("ms-outlook");
            case TNEF -> declared.equals("application/ms-tnef");
            case "application/pkcs7-signature" -> declared.contains("pkcs7");
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, String prefix) {
        return startsWith(content, prefix.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        byte[] bytes = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            bytes[i] = (byte) prefix[i];
        }
        return startsWith(content, bytes);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
