package fi.placera.platform.database;

import fi.placera.platform.database.BackupManifest.Entry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;

/**
 * A consistent copy of the running embedded server's data directory, made from a second process with PostgreSQL's
 * low-level backup API (PostgreSQL 17 manual, "Making a Base Backup Using the Low Level API"): on one session held
 * open for the whole copy, a temporary replication slot keeps the write-ahead log from being recycled,
 * {@code pg_backup_start} marks the start, the files are copied while the server runs, {@code pg_backup_stop} returns
 * the backup label, and the log segments written meanwhile are copied into {@code pg_wal}. The copy then starts like
 * a crashed server: it replays that log from the label's checkpoint to the end of the backup, so everything committed
 * before {@code pg_backup_start} returned is in it (decision 0044).
 * <p>
 * It never starts or stops a server: it finds the running one through {@code postmaster.pid} and the password file.
 * The key files beside the database go into {@code keys/}, and a manifest lists every file with its SHA-256.
 */
final class EmbeddedBackup {

    /** The copy of the data directory, the password file beside it and the key files, inside a backup. */
    static final String DATA = "postgres";
    static final String PASSWORDS = "postgres.pgpass";
    static final String SECRETS_KEY = "keys/secrets.key";
    static final String AUDIT_KEYS = "keys/audit.keys";
    static final String RESEARCH_KEYS = "keys/research-keys";

    /** Directories whose contents the manual says to leave out (pg_wal: the needed segments are added after). */
    private static final Set<String> CONTENTS_LEFT_OUT = Set.of("pg_wal", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans", "pg_replslot");
    private static final Set<String> FILES_LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map", "backup_manifest", "postgresql.auto.conf.tmp", "current_logfiles.tmp",
            "pg_internal.init");
    private static final String CONTROL_FILE = "global/pg_control";
    private static final Pattern START_WAL_FILE = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

    /** What a finished backup holds, for the command's summary. */
    record Made(Path directory, long files, long bytes, Duration took, String startLsn, String stopLsn) {
    }

    private final Path dataDirectory;
    private final KeyFiles keys;
    private final Clock clock;

    EmbeddedBackup(Path dataDirectory, KeyFiles keys, Clock clock) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.keys = keys;
        this.clock = clock;
    }

    /** Backs the running server and the key files up into {@code target}, a new or empty directory. */
    Made into(Path target) throws IOException, SQLException {
        long begin = System.nanoTime();
        requireKeyFiles();
        requireNoTablespaces();
        Path backup = emptyDirectory(target);
        try {
            BackupManifest manifest = new BackupManifest();
            manifest.fact("format", "1");
            manifest.fact("created", clock.instant().toString());
            manifest.fact("data-directory", dataDirectory.toString());
            copyDatabase(backup, manifest);
            manifest.add(BackupManifest.copy(ServerPasswords.fileBeside(dataDirectory), backup.resolve(PASSWORDS),
                    PASSWORDS));
            copyKeys(backup, manifest);
            manifest.writeInto(backup);
            return new Made(backup, manifest.files(), manifest.bytes(), Duration.ofNanos(System.nanoTime() - begin),
                    manifest.fact("start-lsn").orElseThrow(), manifest.fact("stop-lsn").orElseThrow());
        } catch (IOException | SQLException | RuntimeException e) {
            // the directory was empty before: everything in it is this unfinished backup's
            FileUtils.cleanDirectory(backup.toFile());
            throw e;
        }
    }

    private void copyDatabase(Path backup, BackupManifest manifest) throws IOException, SQLException {
        try (Connection session = connectToRunningServer()) {
            requireServerOf(session);
            manifest.fact("postgresql", query(session, "select current_setting('server_version')"));
            manifest.fact("system-identifier", query(session, "select system_identifier::text from pg_control_system()"));
            // temporary: the slot goes with the session, also when the copy fails; it holds the log from now on
            query(session, "select pg_create_physical_replication_slot(?, true, true)",
                    "placera_backup_" + ProcessHandle.current().pid());
            String label = "placera backup " + clock.instant();
            manifest.fact("label", label);
            manifest.fact("start-lsn", query(session, "select pg_backup_start(?, true)::text", label));
            Path copy = BackupManifest.privateDirectory(backup.resolve(DATA));
            manifest.add(Entry.directory(DATA));
            copyDataDirectory(copy, manifest);
            try (PreparedStatement stop = session.prepareStatement(
                    "select lsn::text, labelfile, spcmapfile, pg_walfile_name(lsn) from pg_backup_stop(false)");
                    ResultSet stopped = stop.executeQuery()) {
                stopped.next();
                manifest.fact("stop-lsn", stopped.getString(1));
                String labelFile = stopped.getString(2);
                manifest.add(BackupManifest.write(copy.resolve("backup_label"), DATA + "/backup_label",
                        labelFile.getBytes(StandardCharsets.UTF_8)));
                if (!stopped.getString(3).isEmpty()) {
                    manifest.add(BackupManifest.write(copy.resolve("tablespace_map"), DATA + "/tablespace_map",
                            stopped.getString(3).getBytes(StandardCharsets.UTF_8)));
                }
                long segmentSize = Long.parseLong(query(session,
                        "select setting from pg_settings where name = 'wal_segment_size'"));
                copyWriteAheadLog(startWalFile(labelFile), stopped.getString(4), segmentSize, copy, manifest);
            }
        }
    }

    /** Every file of the data directory but those the manual leaves out; the control file last, as pg_basebackup. */
    private void copyDataDirectory(Path copy, BackupManifest manifest) throws IOException {
        Files.walkFileTree(dataDirectory, new SimpleFileVisitor<>() {

            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                Path relative = dataDirectory.relativize(directory);
                if (!relative.toString().isEmpty()) {
                    BackupManifest.privateDirectory(copy.resolve(relative));
                    manifest.add(Entry.directory(inBackup(relative)));
                }
                return relative.toString().startsWith("pg_replslot") ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = dataDirectory.relativize(file);
                if (copied(relative) && !relative.toString().equals(CONTROL_FILE)) {
                    copyIfStillThere(file, copy.resolve(relative), inBackup(relative), manifest);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // dropped while the copy ran: the log replays the drop
                }
                throw failure;
            }
        });
        manifest.add(BackupManifest.copy(dataDirectory.resolve(CONTROL_FILE), copy.resolve(CONTROL_FILE),
                inBackup(Path.of(CONTROL_FILE))));
    }

    private static boolean copied(Path relative) {
        String name = relative.getFileName().toString();
        boolean inLeftOutDirectory = relative.getNameCount() > 1 && CONTENTS_LEFT_OUT.contains(relative.getName(0).toString());
        return !inLeftOutDirectory && !FILES_LEFT_OUT.contains(name) && !name.startsWith("pgsql_tmp")
                && !relative.toString().contains("/pgsql_tmp");
    }

    private static void copyIfStillThere(Path from, Path to, String path, BackupManifest manifest) throws IOException {
        try {
            manifest.add(BackupManifest.copy(from, to, path));
        } catch (NoSuchFileException e) {
            Files.deleteIfExists(to); // a relation dropped while the copy ran: the log replays the drop
        }
    }

    /** The log segments from the label's start to the stop position's, all of them, or the backup is refused. */
    private void copyWriteAheadLog(String startFile, String stopFile, long segmentSize, Path copy,
            BackupManifest manifest) throws IOException {
        manifest.fact("wal", startFile + " … " + stopFile);
        for (String segment : WalSegments.between(startFile, stopFile, segmentSize)) {
            Path from = dataDirectory.resolve("pg_wal").resolve(segment);
            if (!Files.isRegularFile(from)) {
                throw new IllegalStateException("Write-ahead log segment " + segment + " is missing from "
                        + dataDirectory + "/pg_wal although the backup's replication slot held it");
            }
            manifest.add(BackupManifest.copy(from, copy.resolve("pg_wal").resolve(segment), DATA + "/pg_wal/" + segment));
        }
    }

    private void copyKeys(Path backup, BackupManifest manifest) throws IOException {
        BackupManifest.privateDirectory(backup.resolve("keys"));
        manifest.add(Entry.directory("keys"));
        manifest.add(BackupManifest.copy(keys.secretsKey(), backup.resolve(SECRETS_KEY), SECRETS_KEY));
        manifest.add(BackupManifest.copy(keys.auditKeys(), backup.resolve(AUDIT_KEYS), AUDIT_KEYS));
        BackupManifest.privateDirectory(backup.resolve(RESEARCH_KEYS));
        manifest.add(Entry.directory(RESEARCH_KEYS));
        if (Files.isDirectory(keys.researchKeyDirectory())) {
            try (Stream<Path> files = Files.list(keys.researchKeyDirectory())) {
                for (Path key : files.filter(Files::isRegularFile).sorted().toList()) {
                    String path = RESEARCH_KEYS + "/" + key.getFileName();
                    manifest.add(BackupManifest.copy(key, backup.resolve(path), path));
                }
            }
        }
    }

    /** A backup without the keys would restore a database whose second factors and access log cannot be opened. */
    private void requireKeyFiles() {
        for (Path file : List.of(keys.secretsKey(), keys.auditKeys())) {
            if (!Files.isRegularFile(file)) {
                throw new BackupRefused("The key file " + file + " does not exist. Run the backup with the same"
                        + " settings as Placera (PLACERA_SECRETS_KEY_FILE, PLACERA_AUDIT_KEY_FILE,"
                        + " PLACERA_RESEARCH_KEY_DIR, PLACERA_DATA_DIR or their --placera.… options).");
            }
        }
    }

    private void requireNoTablespaces() throws IOException {
        Path tablespaces = dataDirectory.resolve("pg_tblspc");
        if (Files.isDirectory(tablespaces)) {
            try (Stream<Path> entries = Files.list(tablespaces)) {
                if (entries.findAny().isPresent()) {
                    throw new BackupRefused(dataDirectory + " has tablespaces outside the data directory, which"
                            + " Placera never makes: back it up with PostgreSQL's own tools (docs/operations.md)");
                }
            }
        }
    }

    private static Path emptyDirectory(Path target) throws IOException {
        Path directory = target.toAbsolutePath().normalize();
        if (!Files.exists(directory)) {
            Files.createDirectories(directory.getParent());
            return BackupManifest.privateDirectory(directory);
        }
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new BackupRefused(directory + " is not empty: give a new or empty directory for each backup");
            }
        }
        return directory;
    }

    /** The running server of this data directory, found through its lock file, as the superuser. */
    private Connection connectToRunningServer() throws SQLException {
        int port = runningPort(dataDirectory).orElseThrow(() -> new BackupRefused("No PostgreSQL runs on "
                + dataDirectory + " (no postmaster.pid): start Placera first, then run the backup while it runs"));
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedDatabase.SUPERUSER);
        properties.setProperty("password", ServerPasswords.kept(dataDirectory).of(EmbeddedDatabase.SUPERUSER));
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("ApplicationName", "placera backup");
        try {
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
        } catch (SQLException e) {
            throw new BackupRefused("The PostgreSQL of " + dataDirectory + " does not answer on port " + port
                    + " (" + e.getMessage() + "): is Placera running?");
        }
    }

    /** A port in a stale lock file may now belong to another server: it must be this data directory's. */
    private void requireServerOf(Connection session) throws SQLException, IOException {
        Path served = Path.of(query(session, "select current_setting('data_directory')"));
        if (!Files.isSameFile(served, dataDirectory)) {
            throw new BackupRefused("The server on the port in " + dataDirectory + "/postmaster.pid serves another"
                    + " data directory; start Placera, then run the backup while it runs");
        }
    }

    private static String startWalFile(String labelFile) {
        Matcher start = START_WAL_FILE.matcher(labelFile);
        if (!start.find()) {
            throw new IllegalStateException("pg_backup_stop returned a backup label without its start WAL file");
        }
        return start.group(1);
    }

    private static String query(Connection session, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static String inBackup(Path relative) {
        return DATA + "/" + relative.toString().replace('\\', '/');
    }

    /** The port of the server running on the data directory: line 4 of postmaster.pid (PostgreSQL's pidfile.h). */
    private static Optional<Integer> runningPort(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.size() > 3 && lines.get(3).trim().matches("\\d+")
                    ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
