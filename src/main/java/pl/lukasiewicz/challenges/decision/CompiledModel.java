package pl.lukasiewicz.challenges.decision;

import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;

/** A decision model version built and ready to evaluate. */
public record CompiledModel(
        String name, int version, String contentHash, DMNRuntime runtime, DMNModel model) {
}
