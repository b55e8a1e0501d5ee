package pl.lukasiewicz.challenges.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who is calling, as the decision log and the registry record it: the authenticated user's
 * name. A caller may still send X-Caller, but only with its own name: a machine client cannot
 * write a person's name, or any other, into the log.
 */
@RequestScoped
public class Callers {

    /** The name recorded for the public web form, whose senders are not authenticated. */
    public static final String WEB_FORM = "web-form";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

    @Inject
    SecurityIdentity identity;

    /** The authenticated caller's name, checked against X-Caller when that is sent. */
    public String named(String header) {
        String authenticated = identity.isAnonymous() ? WEB_FORM
                : identity.getPrincipal().getName();
        if (header == null || header.isBlank()) {
            return authenticated;
        }
        if (!NAME.matcher(header).matches()) {
            throw refusal("BAD_FORMAT",
                    "A caller name has 1 to 100 letters, digits, dots, colons, @ or dashes");
        }
        if (!header.equals(authenticated)) {
            throw refusal("NOT_THE_CALLER", "X-Caller says '" + header + "' but the request"
                    + " is authenticated as '" + authenticated + "'; leave X-Caller out");
        }
        return authenticated;
    }

    /** The authenticated caller's name, or the web form's for an anonymous submission. */
    public String current() {
        return named(null);
    }

    private static InvalidRequestException refusal(String code, String reason) {
        return new InvalidRequestException(List.of(new FieldError("X-Caller", code, reason)));
    }
}
