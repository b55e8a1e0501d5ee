package pl.lukasiewicz.challenges.process;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import pl.lukasiewicz.challenges.support.Users;
import pl.lukasiewicz.challenges.web.Roles;

/**
 * The people of the process as the tests play them: one built-in user per lane, each working
 * their tasks through the service's REST endpoints only.
 */
enum Staff {
    SALES(Roles.CENTRAL_SALES),
    HOST(Roles.CHALLENGE_HOST),
    AUTHOR(Roles.CARD_AUTHOR),
    MANAGER(Roles.ACCOUNT_MANAGER),
    AUDITOR(Roles.AUDITOR),
    CRM(Roles.CRM);

    final String user;
    private final String role;

    Staff(String role) {
        this.role = role;
        this.user = Users.withRole(role).name();
    }

    RequestSpecification asked() {
        return Users.as(role);
    }

    /** The open tasks of this person's groups for one case, by task name. */
    List<Map<String, Object>> tasksOf(long leadId, String task) {
        return asked().when().get("/tasks").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("findAll { it.leadId == " + leadId
                        + " && it.task == '" + task + "' }");
    }

    /** Claims the only open task of that name on the case and completes it with the data. */
    JsonPath work(long leadId, String task, String data) {
        List<Map<String, Object>> open = tasksOf(leadId, task);
        if (open.size() != 1) {
            throw new AssertionError(user + " expected one open task " + task + " on case "
                    + leadId + " but found " + open.size() + "; all: "
                    + asked().get("/tasks").asString());
        }
        return workOn(String.valueOf(open.get(0).get("id")), data);
    }

    /** Answers the card task of one institute on the case. */
    JsonPath answerFor(long leadId, String institute, String data) {
        List<Map<String, Object>> open = tasksOf(leadId, "AnswerChallenge").stream()
                .filter(t -> institute.equals(t.get("institute"))).toList();
        if (open.size() != 1) {
            throw new AssertionError("Expected one card task for " + institute + " on case "
                    + leadId + " but found " + open.size());
        }
        return workOn(String.valueOf(open.get(0).get("id")), data);
    }

    JsonPath workOn(String taskId, String data) {
        expectOk(asked().when().post("/tasks/" + taskId + "/claim"), "claim");
        return expectOk(asked().contentType(ContentType.JSON).body(data)
                .when().post("/tasks/" + taskId + "/complete"), "complete").jsonPath();
    }

    private io.restassured.response.Response expectOk(io.restassured.response.Response answer,
            String what) {
        if (answer.statusCode() != 200) {
            throw new AssertionError(user + " could not " + what + ": " + answer.statusCode()
                    + " " + answer.asString());
        }
        return answer;
    }
}
