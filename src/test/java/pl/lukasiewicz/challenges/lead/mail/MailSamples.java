package pl.lukasiewicz.challenges.lead.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test messages: real ones in mail/samples, Polish ones of our own in mail/polish. */
final class MailSamples {

    private MailSamples() {
    }

    static byte[] bytes(String name) {
        ClassLoader loader = MailSamples.class.getClassLoader();
        String folder = loader.getResource("mail/samples/" + name) != null
                ? "mail/samples/" : "mail/polish/";
        try (InputStream in = loader.getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not among the test files");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReceivedMail read(String name) {
        return MailReader.read(bytes(name));
    }

    /** Compares two texts character by character, naming the first that differs. */
    static void assertSameCharacters(String expected, String actual) {
        int length = Math.min(expected.length(), actual.length());
        for (int i = 0; i < length; i++) {
            if (expected.charAt(i) != actual.charAt(i)) {
                assertEquals(expected, actual, String.format(
                        "character %d: expected '%c' U+%04X but got '%c' U+%04X", i,
                        expected.charAt(i), (int) expected.charAt(i), actual.charAt(i),
                        (int) actual.charAt(i)));
            }
        }
        assertEquals(expected, actual, "the texts differ in length");
    }
}
