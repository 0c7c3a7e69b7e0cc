package fi.placera.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import fi.placera.audit.AccessAction;
import fi.placera.audit.AccessOutcome;
import fi.placera.audit.AccessRecord;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The benchmark-only switch leaves reads out of the access log, and nothing else, until it is turned back. */
class BenchmarkSwitchTest {

    private static AccessRecord read() {
        return AccessRecord.read(UUID.randomUUID(), "coach", "COACH", "POH", (short) 17, UUID.randomUUID(),
                "IDENTITY", "client page", AccessAction.VIEW, AccessOutcome.GRANTED);
    }

    @Test
    void withReadsSwitchedOffAReadIsNotWrittenButADisclosureIs() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        JdbcAccessLog log = new JdbcAccessLog(mock(JdbcClient.class), jdbc, Clock.systemUTC(), null, null);
        new BenchmarkReadLogEndpoint(log).switchReadLog(false);
        log.record(read());
        verifyNoInteractions(jdbc);
        log.record(AccessRecord.disclosure(UUID.randomUUID(), "coach", "COACH", "POH", (short) 17, UUID.randomUUID(),
                "EMPLOYMENT", "contact", "KELA", "client consent"));
        verify(jdbc).batchUpdate(anyString(), argThat((List<Object[]> rows) -> rows.size() == 1));
    }

    @Test
    void normallyEveryReadIsWritten() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        new JdbcAccessLog(mock(JdbcClient.class), jdbc, Clock.systemUTC(), null, null).recordAll(List.of(read(), read()));
        verify(jdbc).batchUpdate(anyString(), argThat((List<Object[]> rows) -> rows.size() == 2));
    }

    @Test
    void switchedBackOnEveryReadIsWrittenAgain() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        JdbcAccessLog log = new JdbcAccessLog(mock(JdbcClient.class), jdbc, Clock.systemUTC(), null, null);
        BenchmarkReadLogEndpoint endpoint = new BenchmarkReadLogEndpoint(log);
        assertThat(endpoint.switchReadLog(false)).containsEntry("readsLogged", false);
        assertThat(endpoint.switchReadLog(true)).containsEntry("readsLogged", true);
        log.record(read());
        verify(jdbc).batchUpdate(anyString(), argThat((List<Object[]> rows) -> rows.size() == 1));
    }
}
