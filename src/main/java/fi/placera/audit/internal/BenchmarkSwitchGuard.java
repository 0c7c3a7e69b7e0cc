package fi.placera.audit.internal;

import fi.placera.platform.StartupRefused;
import fi.placera.platform.database.DatabaseOrigin;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The benchmark's switch {@code placera.audit.benchmark-without-read-log} turns off the legally required read log, so
 * it is honoured only where no real person's data can be: in the {@value #PROFILE} profile, which itself runs only on
 * a database filled by {@code placera generate}. Anything else stops start-up, before the first request is served.
 */
@Component
class BenchmarkSwitchGuard implements SmartInitializingSingleton {

    static final String PROFILE = "benchmark";

    private final Environment environment;
    private final DatabaseOrigin origin;
    private final boolean withoutReadLog;

    BenchmarkSwitchGuard(Environment environment, DatabaseOrigin origin,
            @Value("${placera.audit.benchmark-without-read-log:false}") boolean withoutReadLog) {
        this.environment = environment;
        this.origin = origin;
        this.withoutReadLog = withoutReadLog;
    }

    @Override
    public void afterSingletonsInstantiated() {
        check();
    }

    void check() {
        boolean benchmark = environment.acceptsProfiles(Profiles.of(PROFILE));
        if (withoutReadLog && !benchmark) {
            throw new StartupRefused("placera.audit.benchmark-without-read-log=true switches off the access log of "
                    + "reads, which the law requires; it is honoured only in the '" + PROFILE + "' profile.",
                    "Remove the setting, or run the benchmark (bench/run.sh) with --spring.profiles.active=" + PROFILE
                            + " on a database made by 'placera generate'.");
        }
        if (benchmark && !origin.generated()) {
            throw new StartupRefused("The '" + PROFILE + "' profile runs only on a database made by 'placera "
                    + "generate'; this database was not.", "Start without the '" + PROFILE + "' profile, or generate "
                    + "a new database for the benchmark: placera generate --scale demo|region|national --seed N.");
        }
    }
}
