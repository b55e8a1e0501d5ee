package pl.lukasiewicz.challenges.decision;

import java.util.List;
import java.util.regex.Pattern;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.InvalidRequestException;

/** The names a decision model may have: short, safe in a URL and a file name. */
final class ModelNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private ModelNames() {
    }

    static void check(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidRequestException(List.of(new FieldError("name", "BAD_FORMAT",
                    "A model name has 1 to 100 letters, digits, dots, dashes or underscores"
                            + " and starts with a letter or digit")));
        }
    }
}
