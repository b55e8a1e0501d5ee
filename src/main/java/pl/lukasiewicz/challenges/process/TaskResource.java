package pl.lukasiewicz.challenges.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kie.kogito.auth.IdentityProvider;
import org.kie.kogito.auth.IdentityProviders;
import org.kie.kogito.usertask.UserTaskInstance;
import org.kie.kogito.usertask.UserTaskService;
import org.kie.kogito.usertask.UserTasks;
import pl.lukasiewicz.challenges.web.FieldError;
import pl.lukasiewicz.challenges.web.InvalidRequestException;
import pl.lukasiewicz.challenges.web.NotFoundException;
import pl.lukasiewicz.challenges.web.RequestBodies;
import pl.lukasiewicz.challenges.web.Roles;

/**
 * The people's side of the process: each person lists the tasks of their groups (the lanes
 * of the map), claims one, and completes it with its data. A task of another group is
 * refused with 403 and the group it belongs to.
 */
@Path("/tasks")
@RolesAllowed({Roles.CENTRAL_SALES, Roles.CHALLENGE_HOST, Roles.CARD_AUTHOR,
        Roles.ACCOUNT_MANAGER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    UserTasks userTasks;

    @Inject
    UserTaskService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    TaskWork work;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "The open tasks of the caller's groups, oldest case first")
    public List<TaskView> mine() {
        IdentityProvider me = me();
        return userTasks.instances().findByIdentity(me).stream()
                .filter(task -> !isFinished(task))
                .map(TaskView::of)
                .sorted(Comparator.comparing(TaskView::leadId,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @GET
    @Path("/{taskId}")
    public TaskView one(@PathParam("taskId") String taskId) {
        return TaskView.of(permitted(taskId));
    }

    @POST
    @Path("/{taskId}/claim")
    @Operation(summary = "Take a task of one's group: nobody else can complete it then")
    @Transactional
    public TaskView claim(@PathParam("taskId") String taskId) {
        permitted(taskId);
        service.transition(taskId, "claim", Map.of(), me());
        return TaskView.of(find(taskId));
    }

    @POST
    @Path("/{taskId}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete a claimed task with its data; the process goes on at once",
            description = "The data each task takes is listed in docs/process.md")
    @Transactional
    public TaskView complete(@PathParam("taskId") String taskId, byte[] body,
            @HeaderParam("Content-Type") MediaType type) {
        UserTaskInstance task = permitted(taskId);
        JsonNode data = readObject(body, type);
        TaskView view = TaskView.of(task);
        Map<String, Object> outputs = work.apply(view, data, name());
        service.transition(taskId, "complete", outputs, me());
        return view.completedBy(name());
    }

    private UserTaskInstance permitted(String taskId) {
        UserTaskInstance task = find(taskId);
        boolean inGroup = task.getPotentialGroups().stream().anyMatch(identity::hasRole)
                || task.getPotentialUsers().contains(name());
        if (!inGroup) {
            throw new TaskRefusedException(403, "TASK_OF_ANOTHER_GROUP", "This task ('"
                    + task.getTaskName() + "') is for " + task.getPotentialGroups()
                    + "; you are in " + identity.getRoles());
        }
        return task;
    }

    private UserTaskInstance find(String taskId) {
        return userTasks.instances().findById(taskId)
                .orElseThrow(() -> new NotFoundException("TASK_NOT_FOUND",
                        "There is no task " + taskId));
    }

    private JsonNode readObject(byte[] body, MediaType type) {
        String text = body == null || body.length == 0 ? "{}" : RequestBodies.text(body, type);
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw refused("Expected a JSON object with the task's data");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw refused("The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static InvalidRequestException refused(String reason) {
        return new InvalidRequestException(List.of(new FieldError("$", "BAD_JSON", reason)));
    }

    private static boolean isFinished(UserTaskInstance task) {
        return task.getStatus() != null && task.getStatus().isTerminate();
    }

    private String name() {
        return identity.getPrincipal().getName();
    }

    private IdentityProvider me() {
        if (identity.isAnonymous()) {
            throw new TaskRefusedException(401, "NOT_AUTHENTICATED",
                    "Tasks belong to people: sign in to see and work on them");
        }
        return IdentityProviders.of(name(), identity.getRoles());
    }
}
