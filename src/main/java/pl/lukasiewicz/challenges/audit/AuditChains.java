package pl.lukasiewicz.challenges.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.logging.Logger;
import pl.lukasiewicz.challenges.audit.ChainVerification.Mismatch;
import pl.lukasiewicz.challenges.web.NotFoundException;

/**
 * Walks an audit chain (see db/migration/V8__audit_chain_sealed_after_commit.sql and
 * docs/audit-chain.md) from its first link to its head, recomputing each row's hash from its
 * content as it is now, and stops at the first row that does not match. Rows still waiting
 * to be linked are sealed first; a row of the table that is neither linked nor waiting was
 * added behind the service's back.
 */
@ApplicationScoped
public class AuditChains {

    private static final Logger LOG = Logger.getLogger(AuditChains.class);

    /** The hash every chain starts from, before its first row. */
    static final String GENESIS = "0".repeat(64);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditChainSealer sealer;

    /** The head of a chain: its last position and the hash of the row there. */
    private record Head(long position, String hash) {
    }

    /**
     * One link as the chain stores it and the hash its row's content gives now (null when the
     * row is gone); or, with a null position, a row of the table that has no link.
     */
    private record Row(long id, Long position, String previousHash, String rowHash,
            String recomputedHash) {
    }

    public ChainVerification verify(String chain) {
        try (Connection connection = dataSource.getConnection()) {
            if (head(connection, chain).isPresent()) {
                sealWhatWaits(chain);
            }
            return verify(connection, chain);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit chain " + chain + " cannot be read", e);
        }
    }

    /**
     * Links what waits, so that the walk covers it. Should that fail, the walk still runs:
     * it treats rows still waiting as not yet linked, and what it finds is worth more than
     * the failure.
     */
    private void sealWhatWaits(String chain) {
        try {
            sealer.seal(chain);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf(e, "Could not link the rows waiting in audit chain %s before verifying it",
                    chain);
        }
    }

    private ChainVerification verify(Connection connection, String chain) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            Head head = head(connection, chain).orElseThrow(() -> new NotFoundException(
                    "CHAIN_NOT_FOUND", "There is no audit chain named " + chain));
            return walk(connection, chain, head);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Optional<Head> head(Connection connection, String chain)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select last_position, last_hash from audit_chain where chain_name = ?")) {
            query.setString(1, chain);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Head(rows.getLong(1), rows.getString(2)))
                        : Optional.empty();
            }
        }
    }

    private static ChainVerification walk(Connection connection, String chain, Head head)
            throws SQLException {
        long expectedPosition = 1;
        String expectedPrevious = GENESIS;
        long checked = 0;
        try (PreparedStatement query = connection.prepareStatement(
                "select id, chain_position, previous_hash, row_hash, recomputed_hash"
                        + " from audit_chain_rows(?)")) {
            query.setString(1, chain);
            query.setFetchSize(1_000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Row row = new Row(rows.getLong(1), rows.getObject(2, Long.class),
                            rows.getString(3), rows.getString(4), rows.getString(5));
                    if (row.position() == null) {
                        return afterTheLastLink(connection, chain, checked, head,
                                expectedPosition - 1, expectedPrevious, Optional.of(row));
                    }
                    Optional<Mismatch> mismatch =
                            mismatch(row, expectedPosition, expectedPrevious, head);
                    if (mismatch.isPresent()) {
                        return ChainVerification.broken(chain, checked, head.position(),
                                mismatch.get());
                    }
                    checked++;
                    expectedPosition = row.position() + 1;
                    expectedPrevious = row.rowHash();
                }
            }
        }
        return afterTheLastLink(connection, chain, checked, head, expectedPosition - 1,
                expectedPrevious, Optional.empty());
    }

    private static Optional<Mismatch> mismatch(Row row, long expectedPosition,
            String expectedPrevious, Head head) {
        if (row.position() != expectedPosition) {
            return Optional.of(new Mismatch(row.id(), row.position(), "ROWS_MISSING",
                    "The rows at chain positions " + expectedPosition + " to "
                            + (row.position() - 1) + " are missing before this row"));
        }
        if (row.position() > head.position()) {
            return Optional.of(new Mismatch(row.id(), row.position(), "BEYOND_HEAD",
                    "This row lies beyond the chain's head (position " + head.position()
                            + "): it was added without being linked"));
        }
        if (!row.previousHash().equals(expectedPrevious)) {
            return Optional.of(new Mismatch(row.id(), row.position(), "LINK_BROKEN",
                    "This row names a previous hash that is not the hash of the row before"
                            + " it"));
        }
        if (row.recomputedHash() == null) {
            return Optional.of(new Mismatch(row.id(), row.position(), "ROWS_MISSING",
                    "The row linked at this chain position is gone"));
        }
        if (!row.rowHash().equals(row.recomputedHash())) {
            return Optional.of(new Mismatch(row.id(), row.position(), "ROW_ALTERED",
                    "This row's content no longer gives the hash it was stored with"));
        }
        return Optional.empty();
    }

    /**
     * Once the links are walked: the chain's end against its head, then any row that was
     * deleted while it waited to be linked, then the first row of the table with no link
     * that is not waiting for one.
     */
    private static ChainVerification afterTheLastLink(Connection connection, String chain,
            long checked, Head head, long lastPosition, String lastHash,
            Optional<Row> firstUnlinked) throws SQLException {
        ChainVerification chainSoFar = end(chain, checked, head, lastPosition, lastHash);
        if (!chainSoFar.intact()) {
            return chainSoFar;
        }
        Optional<Long> gone = firstGoneWhileWaiting(connection, chain);
        if (gone.isPresent()) {
            return ChainVerification.broken(chain, checked, head.position(), new Mismatch(
                    gone.get(), null, "ROWS_MISSING", "This row was written and waited to be"
                            + " linked, but it is gone: deleted before it was linked"));
        }
        return firstUnlinked.map(row -> ChainVerification.broken(chain, checked,
                head.position(), new Mismatch(row.id(), null, "NOT_LINKED", "This row is in"
                        + " the table but not in the chain, nor waiting to be linked: it was"
                        + " added behind the service's back"))).orElse(chainSoFar);
    }

    private static Optional<Long> firstGoneWhileWaiting(Connection connection, String chain)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select * from audit_chain_gone_while_waiting(?) limit 1")) {
            query.setString(1, chain);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static ChainVerification end(String chain, long checked, Head head,
            long lastPosition, String lastHash) {
        if (lastPosition < head.position()) {
            return ChainVerification.broken(chain, checked, head.position(), new Mismatch(null,
                    lastPosition + 1, "ROWS_MISSING", "The rows at chain positions "
                            + (lastPosition + 1) + " to " + head.position()
                            + " are missing at the end of the chain"));
        }
        if (!lastHash.equals(head.hash())) {
            return ChainVerification.broken(chain, checked, head.position(), new Mismatch(null,
                    head.position(), "HEAD_MISMATCH",
                    "The chain's head names a hash that its last row does not have"));
        }
        return ChainVerification.intact(chain, checked, head.position());
    }
}
