package pl.lukasiewicz.challenges.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import pl.lukasiewicz.challenges.decision.CompiledModel;
import pl.lukasiewicz.challenges.decision.DecisionModels;
import pl.lukasiewicz.challenges.decision.DmnCompiler;

/**
 * The decision models the service registers at start-up, read and built exactly as the service
 * does, without the service around them.
 */
public final class PackagedModels {

    private static final String PROPERTY = "challenges.decisions.packaged-models";

    private PackagedModels() {
    }

    /** The names listed in application.properties, in their order. */
    public static List<String> names() {
        Properties properties = new Properties();
        try (InputStream in = resource("application.properties").openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application.properties", e);
        }
        String names = properties.getProperty(PROPERTY, "");
        return Arrays.stream(names.split(",")).map(String::trim).filter(n -> !n.isEmpty())
                .toList();
    }

    /** The model dmn/{name}.dmn from the class path, built by the DMN engine. */
    public static CompiledModel compiled(String name) {
        String content = DecisionModels.packagedContent(name);
        return DmnCompiler.compile(name, 1, DecisionModels.sha256(content), content);
    }

    /** The model's file, for tools that read files (the DMN validator). */
    public static File file(String name) {
        try {
            return new File(resource("dmn/" + name + ".dmn").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The class path gave a malformed address", e);
        }
    }

    private static URL resource(String path) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is not on the class path");
        }
        return url;
    }
}
