package pl.lukasiewicz.challenges.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of one holiday calendar file and the name its messages use: the file packaged with
 * the service, or an extra file an administrator keeps beside it.
 */
public record CalendarSource(String name, String text) {

    /** The calendar the service is released with, built from the top-level rules folder. */
    public static final String PACKAGED = "rules/holidays-pl.csv";

    public static CalendarSource packaged() {
        try (InputStream in = CalendarSource.class.getClassLoader()
                .getResourceAsStream(PACKAGED)) {
            if (in == null) {
                throw new IllegalStateException(PACKAGED + " is not on the class path; the"
                        + " build copies it from the rules folder");
            }
            return new CalendarSource(PACKAGED, new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PACKAGED, e);
        }
    }

    /** An extra file, for days off decided after the release (a one-off day, say). */
    public static CalendarSource file(Path path) {
        try {
            return new CalendarSource(path.toString(), Files.readString(path,
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendar " + path, e);
        }
    }
}
