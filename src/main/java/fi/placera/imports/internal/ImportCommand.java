package fi.placera.imports.internal;

import fi.placera.identity.PlaceraUser;
import fi.placera.imports.ImportError;
import fi.placera.imports.ImportResult;
import fi.placera.imports.ShownErrors;
import fi.placera.imports.ImportResult.Counts;
import fi.placera.imports.TrackerFiles;
import fi.placera.imports.TrackerImports;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.platform.command.PlaceraCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code placera import --team <code> [--lang fi|sv|en] <file.xlsx | directory>}: imports a team's tracker from
 * the operator's disk, printing the counts or every error (exit code 1, nothing stored).
 */
@Component
class ImportCommand implements PlaceraCommand {

    /** Who recorded rows imported by an operator: no account, a fixed id that says so. */
    static final UUID OPERATOR = UUID.nameUUIDFromBytes("placera import command".getBytes(StandardCharsets.UTF_8));
    /**
     * The operator as the importing user: no role and no area, so the look at a client whose identity code the
     * tracker names is logged under this name and refused (the operator reads no client data).
     */
    private static final PlaceraUser OPERATOR_USER = new PlaceraUser(OPERATOR, "operator:import", "operator:import",
            Set.of(), null, null, true, null);

    private final TrackerImports imports;
    private final Organisation organisation;
    private final MessageSource messages;

    ImportCommand(TrackerImports imports, Organisation organisation, MessageSource messages) {
        this.imports = imports;
        this.organisation = organisation;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "--team <team-code> [--lang fi|sv|en] <file.xlsx | directory with clients.csv, jobs.csv, "
                + "employer_contacts.csv> — imports a team's tracker; exit code 0 when stored, 1 on errors (nothing stored)";
    }

    @Override
    public int run(List<String> arguments) throws IOException {
        Map<String, String> options = options(arguments);
        Locale locale = Locale.forLanguageTag(options.getOrDefault("--lang", "en"));
        Optional<IpsTeamSummary> team = Optional.ofNullable(options.get("--team")).flatMap(organisation::ipsTeamByCode);
        Path source = options.containsKey("path") ? Path.of(options.get("path")) : null;
        if (team.isEmpty() || source == null || !Files.exists(source)) {
            System.out.println(text(team.isEmpty() ? "import.command.team" : "import.command.path", locale));
            System.out.println("import " + usage());
            return 1;
        }
        List<Path> files = trackerFiles(source);
        ImportResult result = files.stream().anyMatch(ImportCommand::tooLarge)
                ? ImportResult.failed(files.stream().filter(ImportCommand::tooLarge)
                        .map(file -> ImportError.fileTooLarge(file.getFileName().toString())).toList())
                : imports.store(team.get(), read(source, files), OPERATOR_USER, locale);
        printErrors(ShownErrors.of(result.errors()), locale);
        if (result.ok()) {
            System.out.println(counts(result.counts(), locale));
        }
        return result.ok() ? 0 : 1;
    }

    /** The first errors, then (when there are more) the count of each reason. */
    private void printErrors(ShownErrors errors, Locale locale) {
        errors.first().forEach(error -> System.out.println(line(error, locale)));
        if (errors.cut()) {
            System.out.println(messages.getMessage("import.errors.cut", new Object[] {errors.first().size(),
                    errors.total()}, locale));
            errors.byReason().forEach(reason -> System.out.println("  " + messages.getMessage(
                    "import.errors.reason-count", new Object[] {messages.getMessage(reason.example(), locale),
                            reason.count()}, locale)));
        }
    }

    /** The options and the one path: --team CODE, --lang xx, and the file or directory. */
    private static Map<String, String> options(List<String> arguments) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith("--") && i + 1 < arguments.size()) {
                options.put(argument, arguments.get(++i));
            } else {
                options.put("path", argument);
            }
        }
        return options;
    }

    /** The workbook, or those of the three CSV files that the directory has. */
    private static List<Path> trackerFiles(Path source) {
        if (!Files.isDirectory(source)) {
            return List.of(source);
        }
        return Arrays.stream(TrackerTable.values()).map(table -> source.resolve(table.fileName()))
                .filter(Files::isRegularFile).toList();
    }

    private static boolean tooLarge(Path file) {
        try {
            return Files.size(file) > TrackerFiles.MAX_FILE_BYTES;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static TrackerFiles read(Path source, List<Path> files) throws IOException {
        if (!Files.isDirectory(source)) {
            return TrackerFiles.workbook(Files.readAllBytes(source));
        }
        Map<String, byte[]> csv = new HashMap<>();
        for (Path file : files) {
            csv.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        return TrackerFiles.csv(csv);
    }

    private String line(ImportError error, Locale locale) {
        return String.join(" | ", error.table(), error.row() == null ? "-" : error.row().toString(),
                error.column() == null ? "-" : error.column(), messages.getMessage(error, locale));
    }

    private String counts(Counts counts, Locale locale) {
        return messages.getMessage("import.command.stored", new Object[] {counts.clients(), counts.clientsExisting(),
                counts.jobs(), counts.jobsExisting(), counts.contacts(), counts.contactsExisting(),
                counts.employersCreated()}, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
