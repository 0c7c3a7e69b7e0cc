package fi.placera.audit.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fi.placera.platform.StartupRefused;
import fi.placera.platform.database.DatabaseOrigin;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The switch that leaves reads out of the access log runs only in the benchmark profile on a generated database. */
class BenchmarkSwitchGuardTest {

    @Test
    void theSwitchOutsideTheBenchmarkProfileStopsStartUp() {
        assertThatThrownBy(() -> guard(generated(true), true).check()).isInstanceOf(StartupRefused.class)
                .hasMessageContaining("placera.audit.benchmark-without-read-log")
                .hasMessageContaining("'benchmark' profile");
    }

    @Test
    void theBenchmarkProfileOnADatabaseNotMadeByGenerateStopsStartUp() {
        assertThatThrownBy(() -> guard(generated(false), true, "benchmark").check())
                .isInstanceOf(StartupRefused.class).hasMessageContaining("placera generate");
        assertThatThrownBy(() -> guard(generated(false), false, "benchmark").check())
                .isInstanceOf(StartupRefused.class);
    }

    @Test
    void theBenchmarkProfileOnAGeneratedDatabaseStartsWithTheSwitch() {
        assertThatCode(() -> guard(generated(true), true, "benchmark").check()).doesNotThrowAnyException();
    }

    @Test
    void withoutSwitchOrProfileNothingIsAsked() {
        DatabaseOrigin origin = mock(DatabaseOrigin.class);
        assertThatCode(() -> guard(origin, false).check()).doesNotThrowAnyException();
        org.mockito.Mockito.verifyNoInteractions(origin);
    }

    private static DatabaseOrigin generated(boolean generated) {
        DatabaseOrigin origin = mock(DatabaseOrigin.class);
        when(origin.generated()).thenReturn(generated);
        return origin;
    }

    private static BenchmarkSwitchGuard guard(DatabaseOrigin origin, boolean withoutReadLog, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new BenchmarkSwitchGuard(environment, origin, withoutReadLog);
    }
}
