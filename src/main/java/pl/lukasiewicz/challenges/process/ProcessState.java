package pl.lukasiewicz.challenges.process;

import org.kie.kogito.process.ProcessInstance;

/** Names for the numeric states of a Kogito process instance. */
final class ProcessState {

    private ProcessState() {
    }

    static String of(int status) {
        return switch (status) {
            case ProcessInstance.STATE_PENDING -> "PENDING";
            case ProcessInstance.STATE_ACTIVE -> "ACTIVE";
            case ProcessInstance.STATE_COMPLETED -> "COMPLETED";
            case ProcessInstance.STATE_ABORTED -> "ABORTED";
            case ProcessInstance.STATE_SUSPENDED -> "SUSPENDED";
            case ProcessInstance.STATE_ERROR -> "ERROR";
            default -> "UNKNOWN(" + status + ")";
        };
    }
}
