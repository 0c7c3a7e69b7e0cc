package fi.placera.audit.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.Placera;
import fi.placera.platform.StartupRefused;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Started as an operator would start it, the read log cannot be switched off outside the benchmark. */
class BenchmarkSwitchStartupIT {

    @Test
    void startingWithTheSwitchOnADatabaseOfRealUseStops() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Placera.class).web(WebApplicationType.NONE)
                .run("--placera.database.data-directory=", "--placera.test.throw-away-database=true",
                        "--placera.database.pool-size=2",
                        "--placera.secrets.key-file=target/secrets.key", "--placera.audit.seal-interval=1h",
                        "--placera.audit.benchmark-without-read-log=true").close())
                .isInstanceOf(StartupRefused.class).hasMessageContaining("benchmark-without-read-log");
    }
}
