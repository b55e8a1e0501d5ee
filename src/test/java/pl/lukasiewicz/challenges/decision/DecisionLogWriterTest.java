package pl.lukasiewicz.challenges.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lukasiewicz.challenges.support.Users.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.web.Roles;

/**
 * Stateless decisions are logged by group commit: many callers at once each get their own
 * row, already committed when the answer arrives; a row the database refuses gives its
 * caller no outcome, and the writer goes on with the next.
 */
@QuarkusTest
class DecisionLogWriterTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DecisionLogWriter writer;

    @Test
    void manyCallersAtOnceEachGetTheirOwnRowCommittedBeforeTheAnswer() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(12);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            int words = i;
            answers.add(callers.submit(() -> {
                long row = classify("Badanie wytrzymałości próbki", "słowo ".repeat(words));
                assertEquals(words, wordsLoggedIn(row), "row " + row + " is this caller's");
                return committedEvidenceOf(row);
            }));
        }
        Set<String> rows = new HashSet<>();
        for (Future<String> answer : answers) {
            rows.add(answer.get());
        }
        callers.shutdown();

        assertEquals(60, rows.size(), "sixty answers, sixty different rows");
        assertTrue(rows.stream().allMatch(row -> row.startsWith("lead-classification/crm/")),
                rows.toString());
    }

    @Test
    void aRowTheDatabaseRefusesGivesNoOutcomeAndTheNextIsWritten() throws Exception {
        DecisionLogEntry refused = entry("x".repeat(101));
        DecisionLogEntry accepted = entry("writer-test");

        DecisionNotRecordedException failure =
                assertThrows(DecisionNotRecordedException.class, () -> writer.write(refused));
        long row = writer.write(accepted);

        assertTrue(failure.getMessage().contains("not recorded"), failure.getMessage());
        assertEquals("writer-test/writer-test/" + row, committedEvidenceOf(row));
        assertEquals(1, count("select count(*) from decision_log where id = " + row
                + " and inputs ->> 'ąęłńóśźż' = 'Zażółć gęślą jaźń'"), "Polish text kept");
        assertEquals(0, count("select count(*) from decision_log where model_name like 'xxx%'"));
    }

    private static long classify(String title, String description) {
        return as(Roles.CRM).contentType(ContentType.JSON)
                .body("{\"title\": \"" + title + "\", \"description\": \"" + description
                        + "\"}")
                .when().post("/decisions/lead-classification")
                .then().statusCode(200).extract().jsonPath().getLong("decisionLogId");
    }

    /** Model, caller and row id of a committed row, read on a connection of its own. */
    private String committedEvidenceOf(long row) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select model_name, caller from decision_log where id = ?")) {
            query.setLong(1, row);
            try (ResultSet found = query.executeQuery()) {
                assertTrue(found.next(), "row " + row + " is committed");
                return found.getString(1) + "/" + found.getString(2) + "/" + row;
            }
        }
    }

    /** The description's word count as the row logged it, read on a connection of its own. */
    private long wordsLoggedIn(long row) throws SQLException {
        return count("select (inputs ->> 'descriptionWordCount')::bigint from decision_log"
                + " where id = " + row);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet found = query.executeQuery()) {
            found.next();
            return found.getLong(1);
        }
    }

    private static DecisionLogEntry entry(String modelName) {
        DecisionLogEntry entry = new DecisionLogEntry();
        entry.modelName = modelName;
        entry.modelVersion = 1;
        entry.modelHash = "0".repeat(64);
        entry.inputs = Map.of("ąęłńóśźż", "Zażółć gęślą jaźń");
        entry.outputs = Map.of();
        entry.matchedRules = List.of();
        entry.evidence = Map.of();
        entry.caller = "writer-test";
        entry.evaluatedAt = OffsetDateTime.now();
        return entry;
    }
}
