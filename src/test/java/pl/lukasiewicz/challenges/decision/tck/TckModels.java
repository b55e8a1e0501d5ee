package pl.lukasiewicz.challenges.decision.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import pl.lukasiewicz.challenges.decision.tck.TckTestCases.TckCase;
import pl.lukasiewicz.challenges.decision.tck.TckTestCases.TckTestFile;

/** The TCK models kept in the test resources under {@code dmn-tck/}, one per folder. */
public final class TckModels {

    /** A model: its name (the folder's), the exact bytes of its DMN file, its cases. */
    public record TckModel(String name, byte[] dmnFile, List<TckCase> cases) {

        public String dmnXml() {
            return new String(dmnFile, StandardCharsets.UTF_8);
        }
    }

    private TckModels() {
    }

    public static List<TckModel> all() {
        List<TckModel> models = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root())) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                models.add(model(folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the TCK models", e);
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("No TCK model folders under " + root());
        }
        return models;
    }

    private static TckModel model(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        Path dmnFile = folder.resolve(name + ".dmn");
        Path testFile = folder.resolve(name + "-test-01.xml");

        TckTestFile tests = TckTestCases.read(Files.readAllBytes(testFile));

        if (!dmnFile.getFileName().toString().equals(tests.modelFileName())) {
            throw new IllegalStateException(testFile + " tests " + tests.modelFileName()
                    + ", not " + dmnFile.getFileName());
        }
        return new TckModel(name, Files.readAllBytes(dmnFile), tests.cases());
    }

    private static Path root() {
        URL root = Thread.currentThread().getContextClassLoader().getResource("dmn-tck");
        if (root == null) {
            throw new IllegalStateException("The TCK models (dmn-tck/) are not on the"
                    + " test class path");
        }
        try {
            return Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate " + root, e);
        }
    }
}
