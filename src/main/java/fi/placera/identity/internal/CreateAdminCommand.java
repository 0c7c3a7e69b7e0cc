package fi.placera.identity.internal;

import fi.placera.platform.Rejection;
import fi.placera.platform.command.Commands;
import fi.placera.platform.command.PlaceraCommand;
import fi.placera.platform.web.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code placera create-admin --username <name> [--area <code>] [--name "<display name>"] [--url <address>]
 * [--language fi|sv|en] [--force]}: the first administrator of a fresh or generated database (issue 31 §6). Prints a
 * one-time setup link — in the administrator's language when given, which the pages after it keep (issue 22 §2);
 * refuses when an administrator exists already unless {@code --force}.
 */
@Component
class CreateAdminCommand implements PlaceraCommand {

    private final AdministratorSetup setup;
    private final MessageSource messages;

    CreateAdminCommand(AdministratorSetup setup, MessageSource messages) {
        this.setup = setup;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "create-admin";
    }

    @Override
    public String usage() {
        return "--username <name> [--area <area code>] [--name \"<display name>\"] [--url https://placera.example.fi] "
                + "[--language fi|sv|en] [--force] — a national (or, with --area, an area's) administrator with a "
                + "one-time setup link";
    }

    @Override
    public int run(List<String> arguments) {
        Map<String, String> options;
        try {
            options = options(arguments);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
            System.out.println("Usage: create-admin " + usage());
            return Commands.USAGE;
        }
        String language = options.getOrDefault("--language", "");
        if (!options.containsKey("--username") || !language.isEmpty() && Languages.byTag(language).isEmpty()) {
            System.out.println("Usage: create-admin " + usage());
            return Commands.USAGE;
        }
        try {
            AdministratorSetup.SetupLink link = setup.createAdministrator(options.get("--username"),
                    options.get("--name"), options.get("--area"), options.containsKey("--force"));
            String base = Optional.ofNullable(options.get("--url")).orElse("http://localhost:8080").replaceAll("/+$", "");
            System.out.printf("Administrator %s created. Open this link within %d hours to choose the password; the "
                    + "authenticator app is set up at the first sign-in. The link works once.%n%s/setup/%s%s%n",
                    options.get("--username").strip().toLowerCase(Locale.ROOT), AdministratorSetup.VALID.toHours(),
                    base, link.token(), language.isEmpty() ? "" : "?lang=" + language);
            return 0;
        } catch (Rejection refused) {
            System.out.println("Refused: " + messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH));
            return 1;
        }
    }

    /** {@code --name value} pairs; {@code --force} stands alone. */
    private static Map<String, String> options(List<String> arguments) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String option = arguments.get(i);
            if (option.equals("--force")) {
                options.put(option, "yes");
            } else if (List.of("--username", "--area", "--name", "--url", "--language").contains(option)
                    && i + 1 < arguments.size()) {
                options.put(option, arguments.get(++i));
            } else {
                throw new IllegalArgumentException("Unknown or incomplete option: " + option.replaceAll("\\p{Cntrl}", "?"));
            }
        }
        return options;
    }
}
