package pl.lukasiewicz.challenges.process;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.kie.kogito.usertask.UserTaskInstanceNotAuthorizedException;
import org.kie.kogito.usertask.UserTaskInstanceNotFoundException;
import org.kie.kogito.usertask.lifecycle.UserTaskTransitionException;
import pl.lukasiewicz.challenges.web.Problem;

/** Refusals of the task and case endpoints as problem+json, with stable codes. */
public class ProcessProblems {

    @ServerExceptionMapper
    public Response refused(TaskRefusedException e) {
        return Problem.of(e.status(), e.code(), e.status() == 401 ? "Not signed in"
                : "Not your task", e.getMessage()).toResponse();
    }

    /** 409 with the challenge as it is now and each edit made since the caller's version. */
    @ServerExceptionMapper
    public Response caseChanged(CaseChangedException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problem.typeFor("CASE_CHANGED"));
        body.put("title", "Changed by someone else");
        body.put("status", 409);
        body.put("code", "CASE_CHANGED");
        body.put("detail", e.getMessage() + ": read the changes, then send your edit again"
                + " with the current version");
        body.put("yourVersion", e.yourVersion());
        body.put("currentVersion", e.current().version);
        body.put("current", e.current());
        body.put("changes", e.changes());
        return Response.status(409).type(Problem.PROBLEM_JSON).entity(body).build();
    }

    /** Two edits committed at the same moment: the later one loses and is told so. */
    @ServerExceptionMapper
    public Response raced(OptimisticLockException e) {
        return Problem.of(409, "CASE_CHANGED", "Changed by someone else",
                "Someone changed this case at the same moment; nothing of your change was"
                        + " kept. Read the case again and repeat it.").toResponse();
    }

    @ServerExceptionMapper
    public Response notAuthorized(UserTaskInstanceNotAuthorizedException e) {
        return Problem.of(403, "TASK_HELD_BY_SOMEONE_ELSE", "Not your task",
                "Kogito refused: " + e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(UserTaskInstanceNotFoundException e) {
        return Problem.of(404, "TASK_NOT_FOUND", "Not found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response wrongState(UserTaskTransitionException e) {
        return Problem.of(409, "TASK_NOT_IN_THAT_STATE", "The task cannot do that now",
                e.getMessage() + " (a task is claimed, then completed, once)").toResponse();
    }
}
