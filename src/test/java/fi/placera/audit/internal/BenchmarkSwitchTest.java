package fi.placera.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fi.placera.audit.AccessAction;
import fi.placera.audit.AccessOutcome;
import fi.placera.audit.AccessRecord;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The benchmark-only switch leaves reads out of the access log, and nothing else, until it is turned back. */
class BenchmarkSwitchTest {

    private static AccessRecord read() {
        return AccessRecord.read(UUID.randomUUID(), "coach", "COACH", "POH", (short) 17, UUID.randomUUID(),
                "IDENTITY", "client page", AccessAction.VIEW, AccessOutcome.GRANTED);
    }

    private final JdbcClient.StatementSpec statement = mock(JdbcClient.StatementSpec.class, RETURNS_SELF);
    private final JdbcClient jdbc = mock(JdbcClient.class);

    private JdbcAccessLog log() {
        when(jdbc.sql(anyString())).thenReturn(statement);
        return new JdbcAccessLog(jdbc, Clock.systemUTC(), null, null);
    }

    /** The rows of the one insert written: its third value is the rows' accounts, one each. */
    private int rowsWritten() {
        ArgumentCaptor<Object[]> values = ArgumentCaptor.forClass(Object[].class);
        verify(statement).params(values.capture());
        return ((String[]) values.getValue()[2]).length;
    }

    @Test
    void withReadsSwitchedOffAReadIsNotWrittenButADisclosureIs() {
        JdbcAccessLog log = log();
        new BenchmarkReadLogEndpoint(log).switchReadLog(false);
        log.record(read());
        verifyNoInteractions(statement);
        log.record(AccessRecord.disclosure(UUID.randomUUID(), "coach", "COACH", "POH", (short) 17, UUID.randomUUID(),
                "EMPLOYMENT", "contact", "KELA", "client consent"));
        assertThat(rowsWritten()).isEqualTo(1);
    }

    @Test
    void normallyEveryReadIsWritten() {
        log().recordAll(List.of(read(), read()));
        assertThat(rowsWritten()).isEqualTo(2);
    }

    @Test
    void switchedBackOnEveryReadIsWrittenAgain() {
        JdbcAccessLog log = log();
        BenchmarkReadLogEndpoint endpoint = new BenchmarkReadLogEndpoint(log);
        assertThat(endpoint.switchReadLog(false)).containsEntry("readsLogged", false);
        assertThat(endpoint.switchReadLog(true)).containsEntry("readsLogged", true);
        log.record(read());
        assertThat(rowsWritten()).isEqualTo(1);
    }
}
