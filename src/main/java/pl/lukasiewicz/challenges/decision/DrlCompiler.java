package pl.lukasiewicz.challenges.decision;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern UNANALYSED =
            Pattern.compile("^Unable to Analyse Expression (.+):$", Pattern.MULTILINE);

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
                .map(message -> message(message, drl)).toList();
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

    private static RuleSetMessage message(Message message, String drl) {
        RuleSetMessage.Level level = switch (message.getLevel()) {
            case ERROR -> RuleSetMessage.Level.ERROR;
            case WARNING -> RuleSetMessage.Level.WARNING;
            case INFO -> RuleSetMessage.Level.INFO;
        };
        String text = message.getText().strip();
        if (message.getLine() > 0) {
            return new RuleSetMessage(level, message.getLine(), Math.max(message.getColumn(), 0),
                    text);
        }
        int[] place = placeOfUnanalysedExpression(text, drl);
        return new RuleSetMessage(level, place[0], place[1], text);
    }

    /**
     * Where the constraint that a message names stands in the rule file. Drools 10.1 gives no
     * line when a constraint compares with a name it cannot resolve ({@code phone == nul}),
     * though it quotes the constraint; when the quoted text occurs on exactly one line of the
     * file, that line and column are the place. Otherwise both stay 0 (unknown).
     */
    private static int[] placeOfUnanalysedExpression(String text, String drl) {
        Matcher quoted = UNANALYSED.matcher(text);
        if (!quoted.find()) {
            return new int[] {0, 0};
        }
        String expression = quoted.group(1).strip();
        List<String> lines = drl.lines().toList();
        int[] place = {0, 0};
        for (int index = 0; index < lines.size(); index++) {
            int column = lines.get(index).indexOf(expression);
            if (column >= 0) {
                if (place[0] > 0) {
                    return new int[] {0, 0};
                }
                place = new int[] {index + 1, column + 1};
            }
        }
        return place;
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
