package fi.placera.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

    @Test
    void anUnreachableDatabaseIsAnOutageHoweverDeepItIsWrapped() {
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("pool empty"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new ServletException(new IllegalStateException(
                new SQLTransientConnectionException("placera - Connection is not available"))))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(
                new PSQLException("I/O error", PSQLState.CONNECTION_FAILURE)))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void aFullDiskOrExhaustedServerIsAnOutageNotABug() {
        assertThat(DatabaseOutage.causedBy(new RuntimeException(
                new SQLException("could not extend file: No space left on device", "53100")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("sorry, too many clients already", "53300"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("value too long", "22001"))).isFalse();
    }

    @Test
    void bugsAndRefusedDataAreNoOutage() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new ServletException("no cause"))).isFalse();
    }

    @Test
    void anOutageHiddenBehindAFailedRollbackIsStillAnOutage() {
        assertThat(DatabaseOutage.causedBy(rollbackFailedAfter(new DataAccessResourceFailureException(
                "terminating connection", new SQLException("unexpected postmaster exit", "57P01"))))).isTrue();
        assertThat(DatabaseOutage.causedBy(rollbackFailedAfter(new DataIntegrityViolationException("duplicate key"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new TransactionSystemException("JDBC rollback failed"))).isFalse();
    }

    /** What Spring throws when the rollback after {@code failure} failed too (Hikari's closed connection). */
    private static TransactionSystemException rollbackFailedAfter(RuntimeException failure) {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(failure);
        return rollback;
    }
}
