package pl.lukasiewicz.challenges.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is calling, as the decision log and the registry record it: the X-Caller header's
 * value, or "anonymous". Until callers are authenticated this is their own word.
 */
public final class Callers {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");
    /** Names the service itself uses in the decision log; no caller may take them. */
    private static final Set<String> RESERVED =
            Set.of("anonymous", "web-form", "mail-intake", "sample-data", "release");

    private Callers() {
    }

    public static String named(String header) {
        if (header == null || header.isBlank()) {
            return "anonymous";
        }
        if (!NAME.matcher(header).matches()) {
            throw new InvalidRequestException(List.of(new FieldError("X-Caller", "BAD_FORMAT",
                    "A caller name has 1 to 100 letters, digits, dots, colons, @ or dashes")));
        }
        if (RESERVED.contains(header.toLowerCase(Locale.ROOT))) {
            throw new InvalidRequestException(List.of(new FieldError("X-Caller",
                    "RESERVED_NAME", "'" + header + "' is a name the service uses itself")));
        }
        return header;
    }
}
