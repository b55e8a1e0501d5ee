package pl.lukasiewicz.challenges.decision;

/**
 * What the rule engine said about a rule file while compiling it.
 *
 * @param level how serious: an error stops the rule set from being used
 * @param line the line of the rule file it is about, counted from 1; 0 when the engine names
 *     no line (it then speaks of the rule set as a whole)
 * @param column the column on that line, counted from 1; 0 when unknown
 * @param text the engine's own words
 */
public record RuleSetMessage(Level level, int line, int column, String text) {

    /** How serious a message is. */
    public enum Level {
        ERROR, WARNING, INFO
    }

    @Override
    public String toString() {
        String where = line > 0 ? "line " + line + ": " : "";
        return where + text;
    }
}
