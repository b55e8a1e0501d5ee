package pl.lukasiewicz.challenges.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario tables packaged from dmn/scenarios/, one per model, found in the class path's
 * folder (under Maven, target/classes/dmn/scenarios). The folder must be a folder on disk: a
 * class path that holds it inside a jar fails loudly rather than finding no scenarios.
 */
final class ScenarioFiles {

    static final String FOLDER = "dmn/scenarios";

    /** A scenario table's file: its name, the model it is for, and its text. */
    record ScenarioFile(String fileName, String modelName, String content) {
    }

    private ScenarioFiles() {
    }

    static List<ScenarioFile> onClassPath() {
        Path folder = folder();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .map(ScenarioFiles::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static Path folder() {
        URL url = Thread.currentThread().getContextClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException(FOLDER + " is not on the class path; Maven copies"
                    + " the top-level dmn/ folder there (see pom.xml)");
        }
        if (!url.getProtocol().equals("file")) {
            throw new IllegalStateException(FOLDER + " is at " + url + ", not in a folder;"
                    + " run the scenarios from the build's classes folder");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The class path gave a malformed address: " + url, e);
        }
    }

    private static ScenarioFile read(Path file) {
        String fileName = file.getFileName().toString();
        String modelName = fileName.substring(0, fileName.length() - ".csv".length());
        try {
            return new ScenarioFile(fileName, modelName,
                    Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
