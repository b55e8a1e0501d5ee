package pl.lukasiewicz.challenges.process;

import java.util.List;
import pl.lukasiewicz.challenges.challenge.Challenge;
import pl.lukasiewicz.challenges.lead.CaseHistory;

/** An edit made on a version of the challenge that someone else has changed since. */
public class CaseChangedException extends RuntimeException {

    private final transient Challenge current;
    private final long yourVersion;
    private final transient List<CaseHistory> changes;

    public CaseChangedException(Challenge current, long yourVersion, List<CaseHistory> changes) {
        super("The challenge changed since version " + yourVersion + "; it is now version "
                + current.version);
        this.current = current;
        this.yourVersion = yourVersion;
        this.changes = changes;
    }

    public Challenge current() {
        return current;
    }

    public long yourVersion() {
        return yourVersion;
    }

    public List<CaseHistory> changes() {
        return changes;
    }
}
