package fi.placera.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void locksDoubleFromThirtySecondsAndNeverExceedFifteenMinutes() {
        assertThat(LoginThrottle.lockFor(LoginThrottle.FREE_ATTEMPTS, LoginThrottle.FREE_ATTEMPTS)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.lockFor(LoginThrottle.FREE_ATTEMPTS + 1, LoginThrottle.FREE_ATTEMPTS)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.lockFor(LoginThrottle.FREE_ATTEMPTS + 4, LoginThrottle.FREE_ATTEMPTS)).isEqualTo(Duration.ofMinutes(8));
        assertThat(LoginThrottle.lockFor(1_000, LoginThrottle.FREE_ACCOUNT_ATTEMPTS)).isEqualTo(Duration.ofMinutes(15));
    }
}
