package pl.lukasiewicz.challenges.process;

/** A task the caller may not see or work on, or not in the state they asked for. */
public class TaskRefusedException extends RuntimeException {

    private final int status;
    private final String code;

    public TaskRefusedException(int status, String code, String reason) {
        super(reason);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
