package pl.lukasiewicz.challenges.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lukasiewicz.challenges.support.Users.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import pl.lukasiewicz.challenges.web.Roles;

/**
 * The decision log as a chain: the database refuses to change or remove a row, and a row
 * changed, removed or added behind the service's back (with the guarding triggers switched
 * off, as only the table's owner can) is named by the verification. Rows are linked shortly
 * after they are committed; the verification links what still waits before it walks, so a
 * test that tampers asks for one first: what it then changes is already in the chain.
 */
@QuarkusTest
class AuditChainTest {

    private static final String VERIFICATION = "/audit-chains/decision_log/verification";
    private static final String FORGED_ID = "900000001";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDatabaseRefusesToUpdateOrDeleteADecisionLogRow() throws Exception {
        long row = decide();

        SQLException update = assertThrows(SQLException.class, () -> run(false,
                "update decision_log set caller = 'someone-else' where id = " + row));
        SQLException delete = assertThrows(SQLException.class, () -> run(false,
                "delete from decision_log where id = " + row));

        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        verification().body("intact", is(true));
    }

    @Test
    void anAlteredRowIsNamedAndTheChainIsWholeAgainOnceItIsRestored() throws Exception {
        long row = decide();
        decide();
        verification().body("intact", is(true));
        String outputs = value("select outputs::text from decision_log where id = " + row);

        run(true, "update decision_log set outputs = '{\"leadClass\": \"P+U\"}' where id = "
                + row);
        verification().body("intact", is(false))
                .body("firstMismatch.rowId", is((int) row))
                .body("firstMismatch.code", equalTo("ROW_ALTERED"));

        run(true, "update decision_log set outputs = '" + outputs.replace("'", "''")
                + "' where id = " + row);
        verification().body("intact", is(true));
    }

    @Test
    void aDeletedRowIsNamedByItsLink() throws Exception {
        long deleted = decide();
        decide();
        verification().body("intact", is(true));
        run(true, "create table removed_row as select * from decision_log where id = "
                + deleted);

        run(true, "delete from decision_log where id = " + deleted);
        verification().body("intact", is(false))
                .body("firstMismatch.rowId", is((int) deleted))
                .body("firstMismatch.code", equalTo("ROWS_MISSING"));

        run(true, "insert into decision_log select * from removed_row",
                "drop table removed_row");
        verification().body("intact", is(true));
    }

    @Test
    void aRowDeletedWhileItWaitedToBeLinkedIsNamedAndHoldsBackNoOther() throws Exception {
        long deleted;
        try (Connection sealerHeldBack = dataSource.getConnection();
                Statement lock = sealerHeldBack.createStatement()) {
            sealerHeldBack.setAutoCommit(false);
            lock.execute("select * from audit_chain where chain_name = 'decision_log'"
                    + " for update");
            deleted = decide();
            run(true, "create table waiting_row as select * from decision_log where id = "
                    + deleted, "delete from decision_log where id = " + deleted);
            sealerHeldBack.commit();
        }
        long next = decide();

        verification().body("intact", is(false))
                .body("firstMismatch.rowId", is((int) deleted))
                .body("firstMismatch.code", equalTo("ROWS_MISSING"));
        assertEquals("1", value("select count(*) from audit_chain_link"
                + " where chain_name = 'decision_log' and row_id = " + next),
                "the row after it was linked all the same");

        run(true, "insert into decision_log select * from waiting_row",
                "drop table waiting_row");
        verification().body("intact", is(true));
    }

    @Test
    void anIdQueuedAgainForALinkedRowIsDroppedAndSealingGoesOn() throws Exception {
        long linked = decide();
        verification().body("intact", is(true));
        run(false, "insert into audit_chain_pending (chain_name, row_id)"
                + " values ('decision_log', " + linked + ")");
        long next = decide();

        verification().body("intact", is(true));
        assertEquals("1", value("select count(*) from audit_chain_link"
                + " where chain_name = 'decision_log' and row_id = " + next));
        assertEquals("0", value("select count(*) from audit_chain_pending"
                + " where chain_name = 'decision_log' and row_id = " + linked));
    }

    @Test
    void aRowAddedWithoutItsLinkIsNamed() throws Exception {
        decide();
        verification().body("intact", is(true));
        run(true, forgedCopyOfTheLastRow());

        verification().body("intact", is(false))
                .body("firstMismatch.rowId", is(Integer.parseInt(FORGED_ID)))
                .body("firstMismatch.code", equalTo("NOT_LINKED"));

        run(true, "delete from decision_log where id = " + FORGED_ID);
        verification().body("intact", is(true));
    }

    @Test
    void aRowAddedWithALinkComputedTheChainsWayIsNamedWhileTheHeadIsNotMoved()
            throws Exception {
        decide();
        verification().body("intact", is(true));
        run(true, forgedCopyOfTheLastRow(),
                "insert into audit_chain_link (chain_name, chain_position, row_id,"
                        + " previous_hash, row_hash)"
                        + " select h.chain_name, h.last_position + 1, " + FORGED_ID + ","
                        + " h.last_hash, audit_chain_hash(h.last_hash, audit_chain_content("
                        + "to_jsonb(d), h.last_position + 1, h.last_hash))"
                        + " from audit_chain h, decision_log d"
                        + " where h.chain_name = 'decision_log' and d.id = " + FORGED_ID);

        verification().body("intact", is(false))
                .body("firstMismatch.rowId", is(Integer.parseInt(FORGED_ID)))
                .body("firstMismatch.code", equalTo("BEYOND_HEAD"));

        run(true, "delete from audit_chain_link where row_id = " + FORGED_ID,
                "delete from decision_log where id = " + FORGED_ID);
        verification().body("intact", is(true));
    }

    /** A row like the last one, with other outputs, added with the triggers off. */
    private static String forgedCopyOfTheLastRow() {
        return "insert into decision_log (id, model_name, model_version, model_hash, inputs,"
                + " outputs, matched_rules, evidence, lead_id, caller, evaluated_at,"
                + " duration_micros)"
                + " select " + FORGED_ID + ", model_name, model_version, model_hash, inputs,"
                + " '{\"forged\": true}', matched_rules, evidence, lead_id, 'crm',"
                + " evaluated_at, duration_micros from decision_log order by id desc limit 1";
    }

    @Test
    void decisionsLoggedAtTheSameTimeFormOneUnbrokenChain() throws Exception {
        long before = verification().extract().jsonPath().getLong("rowsChecked");
        ExecutorService callers = Executors.newFixedThreadPool(6);
        List<Future<Long>> decided = new ArrayList<>();

        for (int i = 0; i < 12; i++) {
            decided.add(callers.submit(AuditChainTest::decide));
        }
        for (Future<Long> row : decided) {
            row.get();
        }
        callers.shutdown();

        verification().body("intact", is(true))
                .body("rowsChecked", is((int) before + 12));
    }

    @Test
    void aCommittedRowIsLinkedWithinMomentsWithoutAnyoneAsking() throws Exception {
        long row = decide();
        String linked = "select count(*) from audit_chain_link"
                + " where chain_name = 'decision_log' and row_id = " + row;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (value(linked).equals("0") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertEquals("1", value(linked), "the sealer linked the row");
        assertEquals("0", value("select count(*) from audit_chain_pending"
                + " where chain_name = 'decision_log' and row_id = "
                + row), "the row no longer waits");
    }

    private static long decide() {
        return as(Roles.CRM).contentType(ContentType.JSON)
                .body("{\"title\": \"Badania próbek wody morskiej\"}")
                .when().post("/decisions/lead-classification")
                .then().statusCode(200).extract().jsonPath().getLong("decisionLogId");
    }

    private static ValidatableResponse verification() {
        return as(Roles.AUDITOR).when().get(VERIFICATION).then().statusCode(200)
                .body("chain", equalTo("decision_log"));
    }

    /** Runs statements in one transaction, with the tables' triggers off when asked. */
    private void run(boolean triggersOff, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.execute("set local timezone = 'UTC'");
                if (triggersOff) {
                    statement.execute("set local session_replication_role = replica");
                }
                for (String sql : statements) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private String value(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            assertTrue(rows.next(), "no row for " + query);
            return rows.getString(1);
        }
    }
}
