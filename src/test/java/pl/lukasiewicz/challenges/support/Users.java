package pl.lukasiewicz.challenges.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import pl.lukasiewicz.challenges.web.Roles;

/**
 * The built-in users of application.properties, one per role, as the tests sign in with them:
 * {@code as(Roles.ANALYST).when().get(...)} is a request by the analyst.
 */
public final class Users {

    /** A built-in user's name and password. */
    public record User(String name, String password) {
    }

    private static final Map<String, User> BY_ROLE = Map.of(
            Roles.CENTRAL_SALES, new User("sales.ewa", "sales-local"),
            Roles.CHALLENGE_HOST, new User("host.marek", "host-local"),
            Roles.CARD_AUTHOR, new User("author.ola", "author-local"),
            Roles.ACCOUNT_MANAGER, new User("manager.jan", "manager-local"),
            Roles.ANALYST, new User("analyst.anna", "analyst-local"),
            Roles.AUDITOR, new User("auditor.zofia", "auditor-local"),
            Roles.CRM, new User("crm", "crm-local"),
            Roles.ADMIN, new User("admin", "admin-local"));

    private Users() {
    }

    /** A request signed in as the built-in user holding the role. */
    public static RequestSpecification as(String role) {
        User user = withRole(role);
        return RestAssured.given().auth().preemptive().basic(user.name(), user.password());
    }

    public static User withRole(String role) {
        User user = BY_ROLE.get(role);
        if (user == null) {
            throw new IllegalArgumentException("No built-in user has the role " + role);
        }
        return user;
    }
}
