package fi.placera.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests: real time plus an offset that tests move forward, e.g. to the
 * next TOTP time step or past a session's absolute lifetime.
 */
@Component
@Primary
public class MutableClock extends Clock {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    /** How far ahead of real time the clock is. */
    public Duration offset() {
        return offset.get();
    }

    /** Puts the clock back to an earlier offset; only for undoing a test's own jump. */
    public void resetTo(Duration earlierOffset) {
        offset.set(earlierOffset);
    }

    @Override
    public ZoneId getZone() {
        return HELSINKI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
