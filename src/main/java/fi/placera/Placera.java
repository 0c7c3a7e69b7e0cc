package fi.placera;

import fi.placera.platform.command.Commands;
import fi.placera.platform.database.BackupCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Placera: the software Finnish IPS (Individual Placement and Support) services run on.
 * A modular monolith; each sub-package of {@code fi.placera} is one business capability.
 *
 * <p>Started without arguments (or with {@code --options}) it serves the web application; started
 * with a command name ({@code verify-audit-log}, …) it runs that command without a web server and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Placera {

    public static void main(String[] args) throws Exception {
        if (!Commands.isCommandLine(args)) {
            SpringApplication.run(Placera.class, args);
            return;
        }
        // backup and restore run beside a running Placera: without its database, migrations and modules
        Class<?> application = BackupCommands.runs(args) ? BackupCommands.class : Placera.class;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(args);
        int exitCode = context.getBean(Commands.class).run(args, System.out);
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}
