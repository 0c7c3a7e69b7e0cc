package fi.placera.platform.database;

import fi.placera.platform.command.Commands;
import fi.placera.platform.command.PlaceraCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code placera restore <backup> --data-dir <new directory>}: checks a backup against its manifest and lays it out
 * as a data directory, with the key files where this installation's settings keep them (decision 0044). It starts no
 * server; Placera started on the directory recovers the copy.
 */
@Component
class RestoreCommand implements PlaceraCommand {

    private final Environment settings;

    RestoreCommand(Environment settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "<backup directory> --data-dir <new or empty directory> — checks the backup's checksums and lays it out"
                + " as a data directory, with the key files where the settings keep them (docs/operations.md)";
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.size() != 3 || !arguments.get(1).equals("--data-dir")) {
            System.out.println("Usage: restore " + usage());
            return Commands.USAGE;
        }
        if (BackupCommands.externalServer(settings)) {
            System.out.println("Refused: Placera is set to use an external PostgreSQL (PLACERA_DB_URL); restore"
                    + " that server with its own tools (docs/operations.md, \"External PostgreSQL\").");
            return 1;
        }
        try {
            EmbeddedRestore.Restored restored = new EmbeddedRestore(KeyFiles.of(settings))
                    .from(Path.of(arguments.get(0)), Path.of(arguments.get(2)));
            System.out.printf(Locale.ROOT, "Restored %d files (%.1f MB) into %s in %.1f s. Start Placera with"
                    + " PLACERA_DATA_DIR=%s (and the same key settings): it recovers the copy at its first start.%n",
                    restored.files(), restored.bytes() / 1e6, restored.dataDirectory(),
                    restored.took().toMillis() / 1e3, restored.dataDirectory());
            return 0;
        } catch (BackupRefused refused) {
            System.out.println("Refused, nothing was written: " + refused.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            System.out.println("Restore failed, the data directory was emptied again: " + e.getMessage());
            return 1;
        }
    }
}
