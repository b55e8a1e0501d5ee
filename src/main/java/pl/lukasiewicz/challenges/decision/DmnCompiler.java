package pl.lukasiewicz.challenges.decision;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/**
 * Builds a DMN model from its XML at run time with the DMN engine, without code generation,
 * so that the files analysts edit are read as they are and new versions need no rebuild.
 */
public final class DmnCompiler {

    private DmnCompiler() {
    }

    public static CompiledModel compile(String name, int version, String hash, String dmnXml) {
        Resource resource = ResourceFactory.newReaderResource(new StringReader(dmnXml), "UTF-8");
        resource.setSourcePath(name + ".dmn");
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
                .buildConfiguration()
                .fromResources(List.of(resource))
                .getOrElseThrow(e -> new InvalidModelException(name,
                        List.of(new ModelMessage("ERROR", "COMPILATION", e.getMessage()))));
        if (runtime.getModels().size() != 1) {
            throw new InvalidModelException(name, List.of(new ModelMessage("ERROR",
                    "MODEL_COUNT", "Expected one model in the file, found "
                            + runtime.getModels().size())));
        }
        DMNModel model = runtime.getModels().get(0);
        if (model.hasErrors()) {
            throw new InvalidModelException(name, model.getMessages(DMNMessage.Severity.ERROR)
                    .stream().map(DmnCompiler::message).collect(Collectors.toList()));
        }
        runtime.addListener(RuleMatchRecorder.INSTANCE);
        return new CompiledModel(name, version, hash, runtime, model);
    }

    static ModelMessage message(DMNMessage message) {
        return new ModelMessage(message.getSeverity().name(),
                message.getMessageType() == null ? "DMN" : message.getMessageType().name(),
                message.getText());
    }
}
