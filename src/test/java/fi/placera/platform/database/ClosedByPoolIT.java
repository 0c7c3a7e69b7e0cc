package fi.placera.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fi.placera.testing.PlaceraIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A connection lost in the middle of a transaction whose failure Spring did not pass on (it closes statements
 * quietly): the commit then meets the pool's closed connection, which has no SQLSTATE. That is an outage (503), not a
 * bug (500): kill-db's writer once got a 500 for a save whose session could not be written after the server died.
 */
@PlaceraIT
class ClosedByPoolIT {

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aCommitOnAConnectionThePoolFoundBrokenIsAnOutage() {
        Throwable commitFailed = catchThrowable(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> {
                    // the server ends this connection (SQLSTATE 57P01): the pool marks it broken, as when the server dies
                    Throwable ended = catchThrowable(() -> jdbc.sql("select pg_terminate_backend(pg_backend_pid())")
                            .query(Boolean.class).single());
                    assertThat(DatabaseOutage.causedBy(ended)).isTrue();
                }));
        assertThat(commitFailed).isInstanceOf(TransactionSystemException.class);
        assertThat(((TransactionSystemException) commitFailed).getApplicationException()).isNull();
        assertThat(DatabaseOutage.causedBy(commitFailed)).isTrue();
        // the pool has let the broken connection go
        assertThat(jdbc.sql("select 1").query(Integer.class).single()).isEqualTo(1);
    }
}
