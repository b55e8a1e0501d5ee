package pl.lukasiewicz.challenges.lead.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.drools.io.ByteArrayResource;
import org.kie.api.io.ResourceType;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;

/**
 * The lead classification table, {@value #PACKAGED_RESOURCE}, compiled at run time by the DMN
 * engine. It only hands the table a lead's features and reads back what the table decided;
 * every outcome and its reason is in the table.
 *
 * <p>Compiling takes a few seconds, so build one and share it; evaluating is safe for
 * concurrent use.
 */
public final class LeadClassificationDecision {

    public static final String PACKAGED_RESOURCE = "dmn/lead-classification.dmn";
    public static final String MODEL_NAMESPACE =
            "urn:pl.lukasiewicz.challenges:dmn:lead-classification";
    public static final String MODEL_NAME = "lead-classification";
    public static final String DECISION_NAME = "Lead classification";

    private final DMNRuntime runtime;
    private final DMNModel model;
    private final String sha256;

    private LeadClassificationDecision(DMNRuntime runtime, DMNModel model, String sha256) {
        this.runtime = runtime;
        this.model = model;
        this.sha256 = sha256;
    }

    /** Compiles the table packaged with the service. */
    public static LeadClassificationDecision packaged() {
        ClassLoader loader = LeadClassificationDecision.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(PACKAGED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The decision table " + PACKAGED_RESOURCE
                        + " is not on the class path; the build copies it from the dmn folder.");
            }
            return compile(PACKAGED_RESOURCE, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The decision table could not be read", e);
        }
    }

    /**
     * Compiles a lead classification table from the bytes of its DMN file.
     *
     * @param source the file's name, for messages
     * @throws IllegalStateException when the file does not compile or is not the model
     *     {@value #MODEL_NAME}, with the engine's messages
     */
    public static LeadClassificationDecision compile(String source, byte[] dmnFile) {
        ByteArrayResource resource = new ByteArrayResource(dmnFile);
        resource.setSourcePath(source);
        resource.setResourceType(ResourceType.DMN);

        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
                .buildConfiguration()
                .fromResources(List.of(resource))
                .getOrElseThrow(e -> new IllegalStateException("The decision table " + source
                        + " does not compile: " + e.getMessage(), e));
        DMNModel model = runtime.getModel(MODEL_NAMESPACE, MODEL_NAME);
        if (model == null) {
            throw new IllegalStateException("The file " + source + " does not hold the model "
                    + MODEL_NAME + " in namespace " + MODEL_NAMESPACE);
        }
        if (model.hasErrors()) {
            throw new IllegalStateException("The decision table " + source + " has errors: "
                    + describe(model.getMessages(DMNMessage.Severity.ERROR)));
        }
        return new LeadClassificationDecision(runtime, model, sha256Hex(dmnFile));
    }

    /** Decides the class of a lead from the features read from its text. */
    public LeadClassification decide(LeadFeatures features) {
        return decide(features.decisionInputs());
    }

    /**
     * Decides the class of a lead from decision inputs keyed by the table's input names. A
     * missing input is given to the table as having no value.
     *
     * @throws IllegalStateException when the table reports an error or decides nothing
     */
    public LeadClassification decide(Map<String, Object> decisionInputs) {
        DMNContext context = runtime.newContext();
        model.getInputs().forEach(input -> context.set(input.getName(), null));
        decisionInputs.forEach(context::set);

        DMNResult result = runtime.evaluateByName(model, context, DECISION_NAME);
        if (result.hasErrors()) {
            throw new IllegalStateException("The lead classification table failed: "
                    + describe(result.getMessages(DMNMessage.Severity.ERROR)));
        }
        return classification(result.getDecisionResultByName(DECISION_NAME).getResult());
    }

    /** The name and namespace of the model, for the record of who decided. */
    public String modelName() {
        return model.getName();
    }

    public String modelNamespace() {
        return model.getNamespace();
    }

    /** The SHA-256 of the DMN file in lower-case hex: which version of the table decided. */
    public String sha256() {
        return sha256;
    }

    private static LeadClassification classification(Object decided) {
        if (!(decided instanceof Map<?, ?> outputs)) {
            throw new IllegalStateException("The lead classification table decided nothing"
                    + " (no rule matched); its last rule should match every lead");
        }
        return new LeadClassification(
                (String) outputs.get("leadClass"),
                (String) outputs.get("reason"),
                (String) outputs.get("priority"));
    }

    private static String describe(List<DMNMessage> messages) {
        return messages.stream().map(DMNMessage::getText).collect(Collectors.joining("; "));
    }

    private static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
