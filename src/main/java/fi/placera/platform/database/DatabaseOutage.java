package fi.placera.platform.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means that the database cannot be reached or cannot take more right now (its disk is full, say),
 * rather than a bug: the user then gets a 503 "temporarily unavailable" and nothing is stored.
 */
final class DatabaseOutage {

    /**
     * The stand-in that Hikari puts behind a borrowed connection once a call on it failed with a broken connection's
     * SQLSTATE; every later call on it fails with "Connection is closed" and no SQLSTATE of its own.
     */
    private static final String HIKARI_CLOSED_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";
    /** PostgreSQL's codes for a server shutting down, crashed or still starting. */
    private static final Set<String> SERVER_GOING = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof TransactionSystemException rollbackFailed
                    && rollbackFailed.getApplicationException() != null
                    && causedBy(rollbackFailed.getApplicationException())) {
                // a statement lost its connection, then so did the rollback: the rollback's failure (Hikari's
                // "Connection is closed", no SQLSTATE) hides the outage, which Spring keeps as the application's
                return true;
            }
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && (connectionLost(sql.getSQLState()) || closedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A call on a connection that the pool had already found broken: a failure that Spring does not pass on said so,
     * such as closing a statement after the server died (which Spring does quietly), and the transaction's commit then
     * meets the closed connection. Nothing was committed: the server ended the transaction with the connection.
     */
    private static boolean closedByPool(SQLException failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return failure.getSQLState() == null && frames.length > 0
                && frames[0].getClassName().equals(HIKARI_CLOSED_CONNECTION);
    }

    /**
     * Class 08 is "connection exception" in the SQL standard; PostgreSQL's class 53 "insufficient resources" (disk
     * full, out of memory, too many connections) passes when an operator frees the resource (chaos/disk-full.sh).
     */
    private static boolean connectionLost(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08") || sqlState.startsWith("53") || SERVER_GOING.contains(sqlState));
    }
}
