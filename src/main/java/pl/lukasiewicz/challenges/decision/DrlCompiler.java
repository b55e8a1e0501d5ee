package pl.lukasiewicz.challenges.decision;

import java.util.List;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Results;

/**
 * Compiles a DRL rule file from its text at run time, with the classic Drools compiler (no
 * code generation at build time, no executable model), so that the files analysts edit in
 * {@code rules/} are read as they are and a changed file needs no rebuild.
 *
 * <p>Each compilation is its own module with a unique id in the engine's module repository;
 * the module is taken out again once its rules are built, so compiling often keeps no memory.
 * The classes a rule file names are loaded through the thread's context class loader, which
 * in the service is the application's.
 */
public final class DrlCompiler {

    private static final String GROUP = "pl.lukasiewicz.challenges.rules";

    private DrlCompiler() {
    }

    /**
     * Compiles one rule file.
     *
     * @param name the rule set's name, e.g. the file name without {@code .drl}
     * @param drl the rule file's text
     * @throws InvalidRuleSetException with the engine's messages and their line numbers when
     *     the file has an error
     */
    public static CompiledRuleSet compile(String name, String drl) {
        KieServices kie = KieServices.get();
        ClassLoader classes = classLoader();
        String module = moduleName(name);
        ReleaseId id = kie.newReleaseId(GROUP, module, "1.0.0-" + UUID.randomUUID());

        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(id);
        files.write("src/main/resources/" + module + ".drl", drl);
        Results results = kie.newKieBuilder(files, classes).buildAll().getResults();
        List<RuleSetMessage> messages = results.getMessages().stream()
                .map(DrlCompiler::message).toList();
        if (results.hasMessages(Message.Level.ERROR)) {
            throw new InvalidRuleSetException(name, messages);
        }

        KieBase rules;
        try {
            rules = kie.newKieContainer(id, classes).getKieBase();
        } finally {
            kie.getRepository().removeKieModule(id);
        }
        return new CompiledRuleSet(name, DecisionModels.sha256(drl), rules, messages);
    }

    private static RuleSetMessage message(Message message) {
        RuleSetMessage.Level level = switch (message.getLevel()) {
            case ERROR -> RuleSetMessage.Level.ERROR;
            case WARNING -> RuleSetMessage.Level.WARNING;
            case INFO -> RuleSetMessage.Level.INFO;
        };
        return new RuleSetMessage(level, Math.max(message.getLine(), 0),
                Math.max(message.getColumn(), 0), message.getText().strip());
    }

    /** A name the engine accepts as a module and file name, whatever the rule set is called. */
    private static String moduleName(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9_.-]", "-");
        return safe.isEmpty() ? "rules" : safe;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : DrlCompiler.class.getClassLoader();
    }
}
