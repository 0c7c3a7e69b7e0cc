package fi.placera.generator.internal;

import fi.placera.platform.command.Commands;
import fi.placera.platform.command.PlaceraCommand;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@code placera generate --scale demo|small_region|region|national --seed N}: fills an empty database with synthetic data. */
@Component
class GenerateCommand implements PlaceraCommand {

    static final int REFUSED = 1;

    private final SyntheticData syntheticData;
    private final PrintStream out = System.out;

    GenerateCommand(SyntheticData syntheticData) {
        this.syntheticData = syntheticData;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "--scale demo|small_region|region|national --seed N — fills a database without clients with synthetic data";
    }

    @Override
    public int run(List<String> arguments) throws Exception {
        Optional<Scale> scale = option(arguments, "--scale").flatMap(Scale::named);
        Optional<Long> seed = option(arguments, "--seed").filter(s -> s.matches("-?\\d{1,18}")).map(Long::valueOf);
        if (scale.isEmpty() || seed.isEmpty()) {
            out.println("Usage: generate " + usage());
            return Commands.USAGE;
        }
        if (syntheticData.hasClients()) {
            // generated rows mixed into real or earlier data would be neither realistic nor repeatable
            out.println("Refused: this database already has clients. Generate into a new, empty database"
                    + (arguments.contains("--force") ? " (--force does not delete or mix in data)." : "."));
            return REFUSED;
        }
        long startedAt = System.nanoTime();
        Map<String, Long> counts = syntheticData.generate(scale.get(), seed.get(), out);
        counts.forEach((table, rows) -> out.printf("  %-26s %,12d%n", table, rows));
        out.printf("Generated in %.1f s%n", (System.nanoTime() - startedAt) / 1e9);
        return 0;
    }

    private static Optional<String> option(List<String> arguments, String name) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? Optional.of(arguments.get(at + 1)) : Optional.empty();
    }
}
