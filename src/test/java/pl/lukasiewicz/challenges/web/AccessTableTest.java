package pl.lukasiewicz.challenges.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lukasiewicz.challenges.support.Users.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Walks the table of who may do what (src/test/resources/access.csv) over every endpoint: an
 * anonymous caller gets 401, a role not in the line 403, each role in it the line's answer.
 * A line for "nobody" (an endpoint that names no roles) expects 401 and 403 only.
 */
@QuarkusTest
class AccessTableTest {

    private static final List<String> ROLES = List.of(Roles.CENTRAL_SALES,
            Roles.CHALLENGE_HOST, Roles.CARD_AUTHOR, Roles.ACCOUNT_MANAGER, Roles.ANALYST,
            Roles.AUDITOR, Roles.CRM, Roles.ADMIN);
    private static final String ANYONE = "anyone";
    private static final String NOBODY = "nobody";

    /** One line of the table. */
    record Line(int number, String method, String endpoint, String request,
            Set<String> allowed, int answer, String body) {

        boolean anyone() {
            return allowed.contains(ANYONE);
        }

        @Override
        public String toString() {
            return "access.csv line " + number + " (" + method + " " + request + ")";
        }
    }

    @Test
    void everyEndpointAnswersOnlyTheRolesItsLineAllows() {
        String lead = given().contentType("application/json").body(body("web-form.json"))
                .when().post("/leads").then().statusCode(201)
                .extract().jsonPath().getString("id");

        List<String> wrong = new ArrayList<>();
        for (Line line : table()) {
            String address = line.request().replace("{lead}", lead);
            expect(wrong, line, "anonymous", given(), address, line.anyone() ? line.answer() : 401);
            for (String role : ROLES) {
                int status = line.anyone() || line.allowed().contains(role) ? line.answer() : 403;
                expect(wrong, line, role, as(role), address, status);
            }
        }

        assertEquals(List.of(), wrong, "answers that differ from the table");
    }

    @Test
    void everyEndpointOfTheOpenApiDocumentHasALineInTheTable() {
        Map<String, Map<String, Object>> paths = given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet().forEach(
                method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> inTable = new TreeSet<>();
        table().forEach(line -> inTable.add(line.method() + " " + line.endpoint()));

        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(inTable);
        Set<String> stale = new TreeSet<>(inTable);
        stale.removeAll(documented);
        assertTrue(missing.isEmpty(), "endpoints with no line in access.csv: " + missing);
        assertTrue(stale.isEmpty(), "lines in access.csv for no endpoint: " + stale);
    }

    private void expect(List<String> wrong, Line line, String who, RequestSpecification request,
            String address, int status) {
        if (line.body() != null) {
            request.contentType(contentType(line.body()))
                    .body(body(line.body()).getBytes(StandardCharsets.UTF_8));
        }
        Response answer = request.when().request(line.method(), address);
        if (answer.statusCode() != status) {
            wrong.add(line + " as " + who + ": " + answer.statusCode() + " instead of " + status);
            return;
        }
        String code = switch (status) {
            case 401 -> "NOT_AUTHENTICATED";
            case 403 -> "NOT_PERMITTED";
            default -> null;
        };
        if (code != null && !code.equals(answer.jsonPath().getString("code"))) {
            wrong.add(line + " as " + who + ": code " + answer.jsonPath().getString("code"));
        }
    }

    static List<Line> table() {
        List<Line> lines = new ArrayList<>();
        String[] rows = resource("access.csv").split("\n");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#") || row.startsWith("method,")) {
                continue;
            }
            String[] cells = row.split(",", -1);
            if (cells.length != 6) {
                throw new IllegalStateException("access.csv line " + (i + 1)
                        + " has " + cells.length + " cells instead of 6");
            }
            Set<String> allowed = new TreeSet<>(Arrays.asList(cells[3].strip().split(" +")));
            allowed.stream().filter(r -> !r.equals(ANYONE) && !r.equals(NOBODY)
                    && !ROLES.contains(r)).findAny()
                    .ifPresent(r -> {
                        throw new IllegalStateException("access.csv line " + row
                                + " names an unknown role " + r);
                    });
            lines.add(new Line(i + 1, cells[0].strip(), cells[1].strip(), cells[2].strip(),
                    allowed, Integer.parseInt(cells[4].strip()),
                    cells[5].isBlank() ? null : cells[5].strip()));
        }
        return lines;
    }

    private static String contentType(String body) {
        if (body.endsWith(".json")) {
            return "application/json; charset=UTF-8";
        }
        if (body.endsWith(".eml")) {
            return "message/rfc822";
        }
        return body.endsWith(".dmn") ? "application/xml; charset=UTF-8"
                : "text/plain; charset=UTF-8";
    }

    private static String body(String reference) {
        return reference.startsWith("classpath:")
                ? resource(reference.substring("classpath:".length()))
                : resource("access/" + reference);
    }

    private static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
