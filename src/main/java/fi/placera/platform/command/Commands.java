package fi.placera.platform.command;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Finds and runs the command named on the command line. */
@Component
public class Commands {

    /** Exit code for a command line that names no known command. */
    public static final int USAGE = 2;

    private static final Pattern SPRING_SETTING = Pattern.compile("--[\\w.-]+=.*");
    private final List<PlaceraCommand> commands;

    Commands(List<PlaceraCommand> commands) {
        this.commands = commands;
    }

    /** True when the command line starts with a word rather than an option: a command, not a server start. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public int run(String[] args, PrintStream out) throws Exception {
        Optional<PlaceraCommand> command = commands.stream().filter(c -> c.name().equals(args[0])).findFirst();
        if (command.isEmpty()) {
            out.println("Unknown command: " + args[0].replaceAll("\\p{Cntrl}", "?") + ". Commands:");
            commands.forEach(c -> out.println("  " + c.name() + " " + c.usage()));
            return USAGE;
        }
        // --name=value arguments are Spring settings (data directory, profile); the rest belong to the command
        List<String> arguments = Arrays.stream(args).skip(1).filter(arg -> !SPRING_SETTING.matcher(arg).matches())
                .toList();
        return command.get().run(arguments);
    }
}
