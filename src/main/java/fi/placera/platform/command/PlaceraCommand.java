package fi.placera.platform.command;

import java.util.List;

/**
 * An operator's command, run as {@code java -jar placera.jar <name> [arguments]}: the application
 * starts without its web server, runs the command and exits with its exit code.
 */
public interface PlaceraCommand {

    String name();

    /** One line: the arguments and what the command does. */
    String usage();

    /** Runs the command; returns the process exit code (0 = success). */
    int run(List<String> arguments) throws Exception;
}
