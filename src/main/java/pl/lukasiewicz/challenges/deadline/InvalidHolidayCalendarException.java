package pl.lukasiewicz.challenges.deadline;

/**
 * The holiday calendar cannot be used: a line breaks its format, or the calendar as a whole
 * lacks a setting. The message names the file, the line and what to change, for the analyst
 * or administrator who edited it; the calendar is not used at all until it is fixed.
 */
public final class InvalidHolidayCalendarException extends RuntimeException {

    /** A code a program can match, the same for every broken calendar. */
    public static final String CODE = "HOLIDAY_CALENDAR_INVALID";

    private final String source;
    private final int line;

    InvalidHolidayCalendarException(String source, int line, String reason) {
        super(source + (line > 0 ? " line " + line : "") + ": " + reason);
        this.source = source;
        this.line = line;
    }

    public String code() {
        return CODE;
    }

    public String source() {
        return source;
    }

    /** The 1-based line number in the file, or 0 when the calendar as a whole is at fault. */
    public int line() {
        return line;
    }
}
