package fi.placera.platform.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {

    private final List<List<String>> calls = new ArrayList<>();
    private final PlaceraCommand echo = new PlaceraCommand() {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public String usage() {
            return "<words>";
        }

        @Override
        public int run(List<String> arguments) {
            calls.add(arguments);
            return 7;
        }
    };

    @Test
    void optionsStartTheServerAndWordsRunACommand() {
        assertThat(Commands.isCommandLine(new String[0])).isFalse();
        assertThat(Commands.isCommandLine(new String[] {"--server.port=9090"})).isFalse();
        assertThat(Commands.isCommandLine(new String[] {"import", "--team", "T"})).isTrue();
    }

    @Test
    void runsTheNamedCommandWithItsArgumentsButNotSpringOptions() throws Exception {
        int exit = new Commands(List.of(echo)).run(new String[] {"echo", "--team", "T", "--spring.profiles.active=x", "b"},
                System.out);
        assertThat(exit).isEqualTo(7);
        assertThat(calls).containsExactly(List.of("--team", "T", "b"));
    }

    @Test
    void unknownCommandListsTheKnownOnes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new Commands(List.of(echo)).run(new String[] {"nonsense\u001b[2J"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(Commands.USAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("echo <words>").doesNotContain("\u001b");
    }
}
