package fi.placera.platform.facts;

import fi.placera.platform.command.PlaceraCommand;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code placera verify-facts}: derives every kept fact again from the records and lists each difference (issue 25
 * §1, decision 0087). Exit code 0 when every fact is current, 1 when any row differs.
 */
@Component
class VerifyFactsCommand implements PlaceraCommand {

    private final List<KeptFacts> modules;

    VerifyFactsCommand(List<KeptFacts> modules) {
        this.modules = modules;
    }

    @Override
    public String name() {
        return "verify-facts";
    }

    @Override
    public String usage() {
        return "— derives the kept facts again from the records; exit code 0 when current, 1 with every difference"
                + " listed";
    }

    @Override
    public int run(List<String> arguments) {
        List<String> facts = modules.stream().flatMap(module -> module.names().stream()).sorted().toList();
        List<KeptFacts.Difference> differences = modules.stream()
                .flatMap(module -> module.differences().stream()).toList();
        differences.forEach(d -> System.out.printf("%s, client %s: %s: %s%n", d.fact(), d.clientId(), d.difference(),
                d.row()));
        System.out.printf("Kept facts %s: %d differences from the records.%n", String.join(", ", facts),
                differences.size());
        return differences.isEmpty() ? 0 : 1;
    }
}
