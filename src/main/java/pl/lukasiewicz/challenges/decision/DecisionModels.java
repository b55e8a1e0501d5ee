package pl.lukasiewicz.challenges.decision;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
import pl.lukasiewicz.challenges.decision.DecisionModelVersion.Kind;
import pl.lukasiewicz.challenges.web.NotFoundException;

/**
 * The decision models the service knows, by name and version: the registry.
 *
 * <p>The files packaged from the top-level {@code dmn/} folder are version 1 on a new
 * database; a release that packages a changed file adds its content as the next version and
 * activates it. Analysts add versions while the service runs; a version is validated before
 * it is kept, and becomes the deciding one only when activated. Every version is kept with
 * its content, so the decision log can always name and show what decided.
 */
@ApplicationScoped
public class DecisionModels {

    private static final Logger LOG = Logger.getLogger(DecisionModels.class);
    private static final String RELEASE = "release";

    private final List<String> packagedModels;
    private final List<String> packagedRuleSets;
    /** Built rule sets by name and number. */
    private final Map<String, VersionedRuleSet> builtRules = new ConcurrentHashMap<>();
    /** The rule set version that decides, by rule set name. */
    private final Map<String, VersionedRuleSet> activeRules = new ConcurrentHashMap<>();
    /** Built versions by name and number; a version's content never changes. */
    private final Map<String, CompiledModel> built = new ConcurrentHashMap<>();
    /** The version that decides, by model name. */
    private final Map<String, CompiledModel> active = new ConcurrentHashMap<>();

    private final TransactionSynchronizationRegistry transactions;

    DecisionModels(
            @ConfigProperty(name = "challenges.decisions.packaged-models")
            List<String> packagedModels,
            @ConfigProperty(name = "challenges.decisions.packaged-rule-sets")
            List<String> packagedRuleSets,
            TransactionSynchronizationRegistry transactions) {
        this.packagedModels = packagedModels;
        this.packagedRuleSets = packagedRuleSets;
        this.transactions = transactions;
    }

    @Transactional
    void registerPackagedModels(@Observes StartupEvent started) {
        for (String name : packagedModels) {
            knownOrNewPackagedVersion(name, Kind.DMN, packagedContent(name));
        }
        for (String name : packagedRuleSets) {
            knownOrNewPackagedVersion(name, Kind.DRL, packagedRuleSetContent(name));
        }
        for (DecisionModelVersion version
                : DecisionModelVersion.<DecisionModelVersion>list("active = true")) {
            remember(version);
            LOG.infof("Decision model %s version %d (%s) decides", version.modelName,
                    version.version, version.contentHash.substring(0, 12));
        }
    }

    /** The version of a model that decides now. */
    public CompiledModel active(String name) {
        CompiledModel model = active.get(name);
        if (model == null) {
            throw new NotFoundException("MODEL_NOT_FOUND", "No decision model named '" + name
                    + "' is active; known models: " + active.keySet());
        }
        return model;
    }

    /** The version of a rule set that decides now. */
    public VersionedRuleSet activeRuleSet(String name) {
        VersionedRuleSet rules = activeRules.get(name);
        if (rules == null) {
            throw new NotFoundException("MODEL_NOT_FOUND", "No rule set named '" + name
                    + "' is active; known rule sets: " + activeRules.keySet());
        }
        return rules;
    }

    /** A rule set version built and ready to fire. */
    public record VersionedRuleSet(int version, CompiledRuleSet rules) {
    }

    /** A version built for evaluation, active or not. */
    public CompiledModel version(String name, int number) {
        return buildModel(existing(name, number));
    }

    /** A rule set version built for firing, active or not. */
    public VersionedRuleSet ruleSetVersion(String name, int number) {
        return buildRules(existing(name, number));
    }

    /** Whether a stored version is a DMN model or a DRL rule set. */
    public Kind kind(String name, int number) {
        return existing(name, number).kind;
    }

    /**
     * Validates a new version and keeps it, inactive unless asked. Content already stored for
     * the model is not stored twice: its existing version is returned.
     *
     * @throws InvalidModelException when the validator finds an error; nothing is stored
     */
    @Transactional
    public Upload upload(String name, Kind kind, String content, String by, boolean activate) {
        String hash = sha256(content);
        DecisionModelVersion known = DecisionModelVersion.withContent(name, hash).orElse(null);
        boolean isNew = known == null;
        List<ModelMessage> messages = List.of();
        if (isNew) {
            messages = validate(name, kind, content);
            known = store(name, kind, content, hash, DecisionModelVersion.UPLOADED, by);
        }
        if (activate && !known.active) {
            makeActive(known, by);
        }
        return new Upload(known, isNew, messages.stream()
                .filter(m -> !DmnValidation.isError(m)).toList());
    }

    /** A stored version, whether this upload added it, and its validation's warnings. */
    public record Upload(DecisionModelVersion version, boolean isNew,
            List<ModelMessage> warnings) {
    }

    /** Makes a stored version the one that decides. */
    @Transactional
    public DecisionModelVersion activate(String name, int number, String by) {
        DecisionModelVersion version = existing(name, number);
        if (!version.active) {
            makeActive(version, by);
        }
        return version;
    }

    /** Makes the version that was active before the current one decide again. */
    @Transactional
    public DecisionModelVersion rollBack(String name, String by) {
        Integer previous = DecisionModelActivation.latestOf(name)
                .map(activation -> activation.previousVersion).orElse(null);
        if (previous == null) {
            throw new NoEarlierVersionException(name);
        }
        DecisionModelVersion version = existing(name, previous);
        makeActive(version, by);
        return version;
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

    /** The content of a model file packaged from the top-level {@code dmn/} folder. */
    public static String packagedContent(String name) {
        return classpathText("dmn/" + name + ".dmn");
    }

    /** The content of a rule file packaged from the top-level {@code rules/} folder. */
    public static String packagedRuleSetContent(String name) {
        return classpathText("rules/" + name + ".drl");
    }

    private static String classpathText(String path) {
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

    private List<ModelMessage> validate(String name, Kind kind, String content) {
        if (kind == Kind.DRL) {
            try {
                return DrlCompiler.compile(name, content).warnings().stream()
                        .map(DecisionModels::message).toList();
            } catch (InvalidRuleSetException e) {
                throw new InvalidModelException(name, e.messages().stream()
                        .map(DecisionModels::message).toList());
            }
        }
        List<ModelMessage> messages = DmnValidation.check(content);
        if (messages.stream().anyMatch(DmnValidation::isError)) {
            throw new InvalidModelException(name, messages);
        }
        DmnCompiler.compile(name, 0, sha256(content), content);
        return messages;
    }

    /**
     * A packaged file whose content is new becomes the next version and decides: releasing it
     * is the decision to use it. Known content changes nothing, so a version an analyst
     * activated stays active across restarts.
     */
    private static ModelMessage message(RuleSetMessage message) {
        String where = message.line() > 0 ? "line " + message.line() + ": " : "";
        return new ModelMessage(message.level().name(), "DRL", where + message.text());
    }

    private void knownOrNewPackagedVersion(String name, Kind kind, String content) {
        String hash = sha256(content);
        DecisionModelVersion version = DecisionModelVersion.withContent(name, hash).orElse(null);
        if (version == null) {
            version = store(name, kind, content, hash, DecisionModelVersion.PACKAGED, RELEASE);
            makeActive(version, RELEASE);
        } else if (DecisionModelVersion.activeOf(name).isEmpty()) {
            makeActive(version, RELEASE);
        }
    }

    private static DecisionModelVersion store(String name, Kind kind, String content,
            String hash, String origin, String by) {
        DecisionModelVersion version = new DecisionModelVersion();
        version.modelName = name;
        version.kind = kind;
        version.version = DecisionModelVersion.nextVersionOf(name);
        version.contentHash = hash;
        version.content = content;
        version.origin = origin;
        version.createdAt = OffsetDateTime.now();
        version.createdBy = by;
        version.active = false;
        version.persist();
        return version;
    }

    private void makeActive(DecisionModelVersion version, String by) {
        build(version);
        Integer previous = DecisionModelVersion.activeOf(version.modelName).map(current -> {
            current.active = false;
            current.flush();
            return current.version;
        }).orElse(null);
        version.active = true;
        version.flush();
        DecisionModelActivation.record(version.modelName, version.version, previous, by);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    remember(version);
                }
            }
        });
        LOG.infof("Decision model %s version %d activated by %s (was %s)", version.modelName,
                version.version, by, previous == null ? "none" : "version " + previous);
    }

    /** Makes a version the one the service decides with, in this process. */
    private void remember(DecisionModelVersion version) {
        if (version.kind == Kind.DRL) {
            activeRules.put(version.modelName, buildRules(version));
        } else {
            active.put(version.modelName, buildModel(version));
        }
    }

    /** Builds a version of either kind, so that a version that cannot be built fails early. */
    private void build(DecisionModelVersion version) {
        if (version.kind == Kind.DRL) {
            buildRules(version);
        } else {
            buildModel(version);
        }
    }

    private VersionedRuleSet buildRules(DecisionModelVersion version) {
        return builtRules.computeIfAbsent(version.modelName + "#" + version.version,
                key -> new VersionedRuleSet(version.version,
                        DrlCompiler.compile(version.modelName, version.content)));
    }

    private CompiledModel buildModel(DecisionModelVersion version) {
        return built.computeIfAbsent(version.modelName + "#" + version.version,
                key -> DmnCompiler.compile(version.modelName, version.version,
                        version.contentHash, version.content));
    }

    private static DecisionModelVersion existing(String name, int number) {
        return DecisionModelVersion.numbered(name, number).orElseThrow(() ->
                new NotFoundException("MODEL_VERSION_NOT_FOUND",
                        "Decision model '" + name + "' has no version " + number));
    }
}
