package pl.lukasiewicz.challenges.decision;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pl.lukasiewicz.challenges.web.NotFoundException;

/**
 * The decision models the service knows, by name and version. The files packaged from the
 * top-level {@code dmn/} folder are version 1 on a new database; when a release packages a
 * changed file, its content becomes the next version and decides from then on. Every version
 * is kept with its content, so the decision log can always name what decided.
 */
@ApplicationScoped
public class DecisionModels {

    private static final Logger LOG = Logger.getLogger(DecisionModels.class);

    private final List<String> packagedModels;
    private final Map<String, CompiledModel> active = new ConcurrentHashMap<>();

    DecisionModels(
            @ConfigProperty(name = "challenges.decisions.packaged-models")
            List<String> packagedModels) {
        this.packagedModels = packagedModels;
    }

    @Transactional
    void registerPackagedModels(@Observes StartupEvent started) {
        for (String name : packagedModels) {
            String content = packagedContent(name);
            DecisionModelVersion version = knownOrNewVersion(name, content);
            active.put(name, DmnCompiler.compile(name, version.version, version.contentHash,
                    version.content));
            LOG.infof("Decision model %s version %d (%s) decides", name, version.version,
                    version.contentHash.substring(0, 12));
        }
    }

    /** The version of a model that decides now. */
    public CompiledModel active(String name) {
        CompiledModel model = active.get(name);
        if (model == null) {
            throw new NotFoundException("MODEL_NOT_FOUND", "No decision model named '" + name
                    + "'; known models: " + active.keySet());
        }
        return model;
    }

    public static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private DecisionModelVersion knownOrNewVersion(String name, String content) {
        String hash = sha256(content);
        DecisionModelVersion known = DecisionModelVersion.withContent(name, hash).orElse(null);
        if (known != null && known.active) {
            return known;
        }
        DecisionModelVersion.activeOf(name).ifPresent(previous -> {
            previous.active = false;
            previous.flush();
        });
        if (known != null) {
            known.active = true;
            return known;
        }
        DecisionModelVersion version = new DecisionModelVersion();
        version.modelName = name;
        version.version = DecisionModelVersion.nextVersionOf(name);
        version.contentHash = hash;
        version.content = content;
        version.origin = DecisionModelVersion.PACKAGED;
        version.createdAt = OffsetDateTime.now();
        version.active = true;
        version.persist();
        return version;
    }

    /** The content of a model file packaged from the top-level {@code dmn/} folder. */
    public static String packagedContent(String name) {
        String path = "dmn/" + name + ".dmn";
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The packaged decision model " + path
                        + " is missing; check challenges.decisions.packaged-models");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
