package pl.lukasiewicz.challenges.process;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.kogito.usertask.UserTaskInstance;

/**
 * A user task as a person sees it: what to do (the step's name on the process map), for
 * which case, for which group, who holds it now, and for which institute where it asks one.
 */
public record TaskView(
        String id, String task, String step, String status, Long leadId, String institute,
        Set<String> groups, String owner, String processInstanceId) {

    static TaskView of(UserTaskInstance task) {
        Map<String, Object> inputs = task.getInputs();
        Object lead = inputs.get("leadId");
        Object institute = inputs.get("institute");
        return new TaskView(task.getId(), task.getTaskName(), task.getTaskDescription(),
                task.getStatus() == null ? null : task.getStatus().getName(),
                lead instanceof Number n ? n.longValue() : null,
                institute == null ? null : institute.toString(),
                new TreeSet<>(task.getPotentialGroups()), task.getActualOwner(),
                String.valueOf(task.getMetadata().get("ProcessInstanceId")));
    }

    /** The task as it ends: Kogito keeps no completed task to read back. */
    TaskView completedBy(String person) {
        return new TaskView(id, task, step, "Completed", leadId, institute, groups, person,
                processInstanceId);
    }
}
