package fi.placera.audit.internal;

import fi.placera.platform.StartupRefused;
import fi.placera.platform.database.DatabaseOrigin;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The benchmark's switch of the read log ({@link BenchmarkReadLogEndpoint}) turns off the legally required read log,
 * so it exists only where no real person's data can be: in the {@value #PROFILE} profile, which itself runs only on a
 * database filled by {@code placera generate}. Anything else stops start-up, before the first request is served.
 */
@Component
class BenchmarkSwitchGuard implements SmartInitializingSingleton {

    static final String PROFILE = "benchmark";

    private final Environment environment;
    private final DatabaseOrigin origin;

    BenchmarkSwitchGuard(Environment environment, DatabaseOrigin origin) {
        this.environment = environment;
        this.origin = origin;
    }

    @Override
    public void afterSingletonsInstantiated() {
        check();
    }

    void check() {
        if (environment.acceptsProfiles(Profiles.of(PROFILE)) && !origin.generated()) {
            throw new StartupRefused("The '" + PROFILE + "' profile runs only on a database made by 'placera "
                    + "generate'; this database was not.", "Start without the '" + PROFILE + "' profile, or generate "
                    + "a new database for the benchmark: placera generate --scale demo|region|national --seed N.");
        }
    }
}
