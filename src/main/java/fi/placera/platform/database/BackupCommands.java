package fi.placera.platform.database;

import fi.placera.platform.command.Commands;
import java.time.Clock;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The application context in which {@code backup} and {@code restore} run: their commands and Placera's settings
 * (application.properties, environment, {@code --placera.…} options), nothing else. A backup runs beside a running
 * Placera, so it must not take the normal start-up path, which starts (and first stops any stale) embedded server on
 * the data directory and runs the migrations; a restore writes a directory no server may run on yet.
 * Deliberately not a {@code @Configuration}: the web application's component scan must not pick it up.
 */
@Import({BackupCommand.class, RestoreCommand.class, Commands.class})
@EnableConfigurationProperties(DatabaseProperties.class)
public class BackupCommands {

    private static final Set<String> NAMES = Set.of("backup", "restore");

    /** True when the command line names one of these commands, which run without the database started. */
    public static boolean runs(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    static boolean externalServer(Environment settings) {
        return !settings.getProperty("spring.datasource.url", "").isBlank();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
