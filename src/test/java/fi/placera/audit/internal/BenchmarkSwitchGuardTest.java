package fi.placera.audit.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fi.placera.platform.StartupRefused;
import fi.placera.platform.database.DatabaseOrigin;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The benchmark profile, whose switch leaves reads out of the access log, runs only on a generated database. */
class BenchmarkSwitchGuardTest {

    @Test
    void theBenchmarkProfileOnADatabaseNotMadeByGenerateStopsStartUp() {
        assertThatThrownBy(() -> guard(generated(false), "benchmark").check())
                .isInstanceOf(StartupRefused.class).hasMessageContaining("placera generate");
    }

    @Test
    void theBenchmarkProfileOnAGeneratedDatabaseStarts() {
        assertThatCode(() -> guard(generated(true), "benchmark").check()).doesNotThrowAnyException();
    }

    @Test
    void withoutTheProfileNothingIsAsked() {
        DatabaseOrigin origin = mock(DatabaseOrigin.class);
        assertThatCode(() -> guard(origin).check()).doesNotThrowAnyException();
        org.mockito.Mockito.verifyNoInteractions(origin);
    }

    private static DatabaseOrigin generated(boolean generated) {
        DatabaseOrigin origin = mock(DatabaseOrigin.class);
        when(origin.generated()).thenReturn(generated);
        return origin;
    }

    private static BenchmarkSwitchGuard guard(DatabaseOrigin origin, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new BenchmarkSwitchGuard(environment, origin);
    }
}
