package fi.placera.audit.internal;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The benchmark's switch of the read log (PF-audit): the harness measures my week and the client record with reads
 * logged, turns the logging of reads off here and measures them again, in one run of Placera. It exists only in the
 * {@value BenchmarkSwitchGuard#PROFILE} profile, which runs only on a database made by {@code placera generate}, and
 * only on the management port, which listens on loopback and shows it only when the harness asks
 * ({@code management.endpoints.web.exposure.include}).
 */
@Component
@Profile(BenchmarkSwitchGuard.PROFILE)
@Endpoint(id = BenchmarkReadLogEndpoint.ID)
class BenchmarkReadLogEndpoint {

    static final String ID = "benchmarkreadlog";

    private final JdbcAccessLog accessLog;

    BenchmarkReadLogEndpoint(JdbcAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @ReadOperation
    Map<String, Boolean> readLog() {
        return Map.of("readsLogged", accessLog.readsLogged());
    }

    @WriteOperation
    Map<String, Boolean> switchReadLog(boolean readsLogged) {
        accessLog.logReads(readsLogged);
        return readLog();
    }
}
