package fi.placera.platform.database;

import fi.placera.platform.command.Commands;
import fi.placera.platform.command.PlaceraCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code placera backup <directory>}: a consistent copy of the running embedded database with its password file and
 * key files (issue 31 §3, decision 0044). It runs in {@link BackupCommands}' context, beside the running Placera,
 * never starting or stopping a server. An external PostgreSQL is backed up with its own tools (docs/operations.md).
 */
@Component
class BackupCommand implements PlaceraCommand {

    private final DatabaseProperties database;
    private final Environment settings;
    private final Clock clock;

    BackupCommand(DatabaseProperties database, Environment settings, Clock clock) {
        this.database = database;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "<new or empty directory> — while Placera runs: a consistent copy of its embedded database, the"
                + " password file and the key files, with a manifest of SHA-256 checksums (docs/operations.md)";
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.size() != 1) {
            System.out.println("Usage: backup " + usage());
            return Commands.USAGE;
        }
        if (BackupCommands.externalServer(settings)) {
            System.out.println("Refused: Placera uses an external PostgreSQL (PLACERA_DB_URL). Back it up with"
                    + " PostgreSQL's own tools (pg_basebackup and WAL archiving, or pg_dump) and keep the key files"
                    + " with it: docs/operations.md, \"External PostgreSQL\".");
            return 1;
        }
        try {
            EmbeddedBackup.Made made = new EmbeddedBackup(Path.of(database.dataDirectory()), KeyFiles.of(settings),
                    clock).into(Path.of(arguments.get(0)));
            System.out.printf(Locale.ROOT, "Backup made in %s: %d files, %.1f MB, %.1f s (write-ahead log %s … %s)."
                    + "%nIts keys/ directory opens the second factors and the access log: store it apart from the"
                    + " rest (docs/operations.md).%n", made.directory(), made.files(), made.bytes() / 1e6,
                    made.took().toMillis() / 1e3, made.startLsn(), made.stopLsn());
            return 0;
        } catch (BackupRefused refused) {
            System.out.println("Refused: " + refused.getMessage());
            return 1;
        } catch (IOException | SQLException | RuntimeException e) {
            System.out.println("Backup failed, nothing was kept: " + e.getMessage());
            return 1;
        }
    }
}
