package fi.placera.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.audit.AccessAction;
import fi.placera.audit.AccessLog;
import fi.placera.audit.AccessOutcome;
import fi.placera.audit.AccessRecord;
import fi.placera.testing.PlaceraIT;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A quick local measurement, not a timed test: how many access-log rows per second the write path
 * and the sealer sustain. Run with {@code ./mvnw verify -Dplacera.excluded-groups= -Dit.test=AccessLogThroughputIT}.
 */
@PlaceraIT
@Tag("benchmark")
@TestPropertySource(properties = "placera.audit.seal-interval=1h") // the measurement seals by itself
class AccessLogThroughputIT {

    private static final int THREADS = 4;
    private static final int ROWS_PER_THREAD = 5_000;

    @Autowired AccessLog accessLog;
    @Autowired AccessLogSealer sealer;

    @Test
    void measureRowsPerSecond() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            writers.add(pool.submit(() -> {
                for (int i = 0; i < ROWS_PER_THREAD; i++) {
                    accessLog.record(AccessRecord.read(UUID.randomUUID(), "coach1", "COACH", "POH", (short) 17,
                            UUID.randomUUID(), "ACTION_PLAN", "benchmark", AccessAction.VIEW, AccessOutcome.GRANTED));
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        long sealStart = System.nanoTime();
        int sealed = 0;
        for (int batch = sealer.seal(); batch > 0; batch = sealer.seal()) {
            sealed += batch;
        }
        double sealSeconds = (System.nanoTime() - sealStart) / 1e9;
        int rows = THREADS * ROWS_PER_THREAD;
        System.out.printf("PF-audit-log: %d rows written by %d threads in %.2f s = %.0f rows/s; "
                + "%d rows sealed in %.2f s = %.0f rows/s%n", rows, THREADS, writeSeconds, rows / writeSeconds,
                sealed, sealSeconds, sealed / sealSeconds);
        assertThat(accessLog.verify().intact()).isTrue();
    }
}
