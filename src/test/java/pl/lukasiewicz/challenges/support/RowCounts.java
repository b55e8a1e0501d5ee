package pl.lukasiewicz.challenges.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Counts what the service has stored, straight from the database. */
@ApplicationScoped
public class RowCounts {

    /** The tables a request can write to: leads, the decision log, process instances. */
    public record Snapshot(long leads, long decisionLogRows, long processInstances) {
    }

    @Inject
    AgroalDataSource dataSource;

    public Snapshot now() {
        return new Snapshot(count("lead"), count("decision_log"), count("process_instances"));
    }

    private long count(String table) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count rows of " + table, e);
        }
    }
}
