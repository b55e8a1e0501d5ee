package pl.lukasiewicz.challenges.decision;

/** An export asked for more rows than one file holds; the caller narrows the filters. */
public class ExportTooLargeException extends RuntimeException {

    public ExportTooLargeException(long matching, int limit) {
        super(matching + " rows match but one export holds at most " + limit
                + "; narrow the time range or add filters");
    }
}
