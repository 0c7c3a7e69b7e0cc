package fi.placera.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.platform.command.Commands;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code placera backup} and {@code restore} (issue 31 §3, decision 0044): a copy made while writes run restores into
 * a fresh directory on which a server starts with every write acknowledged before the backup began, the same rows,
 * and the same key files; a backup whose files or manifest were changed is refused and nothing is written.
 */
class BackupRestoreIT {

    @TempDir
    static Path root;
    static EmbeddedDatabase live;
    static KeyFiles liveKeys;
    static Path backup;
    /** The writes acknowledged before the backup started, and all the writer made. */
    static long acknowledgedBeforeBackup;
    static long written;
    static String checksumAtBackup;

    @TempDir
    Path elsewhere;

    @BeforeAll
    static void backUpWhileWritesRun() throws Exception {
        live = EmbeddedDatabase.start(new DatabaseProperties(root.resolve("live").toString(), 2), Durability.PRODUCTION);
        liveKeys = keysIn(root.resolve("live-keys"));
        writeKey(liveKeys.secretsKey(), "secrets");
        writeKey(liveKeys.auditKeys(), "1 audit");
        writeKey(liveKeys.researchKeyDirectory().resolve("study-7.key"), "study");
        try (Connection connection = live.server().superuserConnection("placera");
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (id int primary key, payload text)");
            statement.execute("insert into kept select n, md5(n::text) from generate_series(1, 200000) n");
            statement.execute("create table acknowledged (n bigint primary key)");
        }
        AtomicLong acknowledged = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> write(acknowledged, writing), "backup-it-writer");
        writer.start();
        waitFor(() -> acknowledged.get() >= 20);
        try (Connection connection = live.server().superuserConnection("placera")) {
            checksumAtBackup = checksum("kept", connection);
        }
        acknowledgedBeforeBackup = acknowledged.get();
        backup = root.resolve("backup");
        EmbeddedBackup.Made made = new EmbeddedBackup(live.server().dataDirectory(), liveKeys, Clock.systemUTC())
                .into(backup);
        long atEnd = acknowledged.get();
        waitFor(() -> acknowledged.get() >= atEnd + 5);
        writing.set(false);
        writer.join();
        written = acknowledged.get();
        assertThat(made.files()).isPositive();
    }

    @AfterAll
    static void stopServer() {
        live.close();
    }

    @Test
    void aRestoredCopyStartsWithEveryWriteAcknowledgedBeforeTheBackupAndTheSameRows() throws Exception {
        Path data = elsewhere.resolve("postgres");
        KeyFiles keys = keysIn(elsewhere.resolve("keys"));
        new EmbeddedRestore(keys).from(backup, data);

        assertThat(data.resolve("backup_label")).exists();
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
        try (EmbeddedServer restored = EmbeddedServer.start(data, Durability.PRODUCTION);
                Connection connection = restored.superuserConnection("placera")) {
            assertThat(checksum("kept", connection)).isEqualTo(checksumAtBackup);
            long present = count(connection, "select count(*) from acknowledged");
            long beforeBackupPresent = count(connection, "select count(*) from acknowledged where n <= ?",
                    acknowledgedBeforeBackup);
            assertThat(beforeBackupPresent).as("every write acknowledged before the backup began")
                    .isEqualTo(acknowledgedBeforeBackup);
            assertThat(present).isBetween(acknowledgedBeforeBackup, written);
            assertThat(count(connection, "select coalesce(sum(checksum_failures), 0) from pg_stat_database")).isZero();
            assertThat(setting(connection, "data_checksums")).isEqualTo("on");
        }
        assertThat(data.resolve("backup_label")).as("recovery done: the label is renamed").doesNotExist();
        assertThat(keys.secretsKey()).hasSameBinaryContentAs(liveKeys.secretsKey());
        assertThat(keys.auditKeys()).hasSameBinaryContentAs(liveKeys.auditKeys());
        assertThat(keys.researchKeyDirectory().resolve("study-7.key"))
                .hasSameBinaryContentAs(liveKeys.researchKeyDirectory().resolve("study-7.key"));
        assertThat(ServerPasswords.fileBeside(data))
                .hasSameBinaryContentAs(ServerPasswords.fileBeside(live.server().dataDirectory()));
    }

    @Test
    void theManifestListsEveryFileWithItsSizeAndSha256AndLeavesTheServersOwnFilesOut() throws Exception {
        BackupManifest manifest = BackupManifest.readFrom(backup);
        manifest.verify(backup);
        List<String> paths = manifest.entries().stream().map(BackupManifest.Entry::path).toList();
        assertThat(paths).contains("postgres/backup_label", "postgres/global/pg_control", "postgres.pgpass",
                "keys/secrets.key", "keys/audit.keys", "keys/research-keys/study-7.key", "postgres/pg_wal/archive_status")
                .doesNotContain("postgres/postmaster.pid", "postgres/postmaster.opts");
        assertThat(paths.stream().filter(path -> path.startsWith("postgres/pg_wal/0"))).isNotEmpty();
        BackupManifest.Entry key = manifest.entries().stream().filter(entry -> entry.path().equals("keys/secrets.key"))
                .findFirst().orElseThrow();
        assertThat(key.size()).isEqualTo(Files.size(liveKeys.secretsKey()));
        assertThat(key.sha256()).isEqualTo(BackupManifest.sha256(liveKeys.secretsKey()));
        assertThat(manifest.fact("label")).isPresent();
        assertThat(Files.readString(backup.resolve(BackupManifest.CHECKSUM))).endsWith("  manifest.tsv\n");
    }

    @Test
    void aChangedFileIsRefusedAndNothingIsWritten() throws Exception {
        Path copy = copyOfBackup();
        Path file = copy.resolve("postgres/global/pg_control");
        byte[] bytes = Files.readAllBytes(file);
        bytes[100] ^= 1;
        Files.write(file, bytes);

        assertRestoreRefused(copy, "postgres/global/pg_control does not match its size and SHA-256");
    }

    @Test
    void aManifestChangedToMatchAChangedFileIsRefused() throws Exception {
        Path copy = copyOfBackup();
        Path key = copy.resolve("keys/secrets.key");
        String old = BackupManifest.sha256(key);
        Files.writeString(key, "an attacker's key", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        Path manifest = copy.resolve(BackupManifest.FILE);
        Files.writeString(manifest, Files.readString(manifest).replace(old + "\t" + Files.size(liveKeys.secretsKey()),
                BackupManifest.sha256(key) + "\t" + Files.size(key)));

        assertRestoreRefused(copy, "manifest.tsv does not match its checksum");
    }

    @Test
    void aFileMissingFromTheBackupOrAddedToItIsRefused() throws Exception {
        Path missing = copyOfBackup();
        Files.delete(missing.resolve("keys/audit.keys"));
        assertRestoreRefused(missing, "keys/audit.keys is missing");

        Path added = copyOfBackup();
        Files.writeString(added.resolve("postgres/postgresql.auto.conf.extra"), "restore_command = 'sh evil'");
        assertRestoreRefused(added, "postgres/postgresql.auto.conf.extra is in the backup but not in manifest.tsv");
    }

    @Test
    void aManifestPathOutsideTheBackupIsRefused() {
        assertThatThrownBy(() -> new BackupManifest.Entry("postgres/../../etc/passwd", 1, "00"))
                .isInstanceOf(BackupRefused.class);
        assertThatThrownBy(() -> new BackupManifest.Entry("/etc/passwd", 1, "00")).isInstanceOf(BackupRefused.class);
    }

    @Test
    void aRestoreNeverWritesOverADatabaseOrAnotherKey() throws Exception {
        Path data = elsewhere.resolve("postgres");
        Files.createDirectories(data);
        Files.writeString(data.resolve("PG_VERSION"), "17");
        KeyFiles keys = keysIn(elsewhere.resolve("keys"));
        assertThatThrownBy(() -> new EmbeddedRestore(keys).from(backup, data)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("is not empty");
        assertThat(Files.readString(data.resolve("PG_VERSION"))).isEqualTo("17");

        Path fresh = elsewhere.resolve("fresh");
        writeKey(keys.secretsKey(), "another installation's key");
        assertThatThrownBy(() -> new EmbeddedRestore(keys).from(backup, fresh)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("exists with another key");
        assertThat(fresh).doesNotExist();
        assertThat(keys.auditKeys()).doesNotExist();
        assertThat(Files.readString(keys.secretsKey())).startsWith("another installation's key");
    }

    @Test
    void theBackupCommandRunsBesideTheRunningServerWithoutStartingOrStoppingOne() throws Exception {
        long postmaster = live.server().postmasterPid();
        Path target = elsewhere.resolve("by-command");
        String output = command("backup", target.toString(),
                "--placera.database.data-directory=" + live.server().dataDirectory(),
                "--placera.secrets.key-file=" + liveKeys.secretsKey(),
                "--placera.audit.key-file=" + liveKeys.auditKeys(),
                "--placera.research.key-dir=" + liveKeys.researchKeyDirectory());

        assertThat(output).contains("Backup made in " + target);
        BackupManifest.readFrom(target).verify(target);
        assertThat(live.server().postmasterPid()).isEqualTo(postmaster);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);
        try (Connection connection = live.server().superuserConnection("placera")) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    @Test
    void anExternalServerOrABackupIntoAFullDirectoryIsRefused() throws Exception {
        Path target = elsewhere.resolve("external");
        assertThat(command("backup", target.toString(), "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/x"))
                .contains("Refused: Placera uses an external PostgreSQL").contains("docs/operations.md");
        assertThat(target).doesNotExist();

        Files.createDirectories(target);
        Files.writeString(target.resolve("other"), "kept");
        assertThatThrownBy(() -> new EmbeddedBackup(live.server().dataDirectory(), liveKeys, Clock.systemUTC())
                .into(target)).isInstanceOf(BackupRefused.class).hasMessageContaining("is not empty");
        assertThat(Files.readString(target.resolve("other"))).isEqualTo("kept");
    }

    @Test
    void aBackupWithoutARunningServerIsRefused() throws Exception {
        Path stopped = elsewhere.resolve("stopped");
        Files.createDirectories(stopped);
        Files.writeString(ServerPasswords.fileBeside(stopped), "*:*:*:postgres:x\n");
        assertThatThrownBy(() -> new EmbeddedBackup(stopped, liveKeys, Clock.systemUTC()).into(elsewhere.resolve("b")))
                .isInstanceOf(BackupRefused.class).hasMessageContaining("No PostgreSQL runs on");
        assertThat(elsewhere.resolve("b")).isEmptyDirectory();
    }

    private void assertRestoreRefused(Path copy, String reason) {
        Path data = elsewhere.resolve("postgres-" + System.nanoTime());
        KeyFiles keys = keysIn(elsewhere.resolve("keys-" + System.nanoTime()));
        assertThatThrownBy(() -> new EmbeddedRestore(keys).from(copy, data)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining(reason);
        assertThat(data).doesNotExist();
        assertThat(ServerPasswords.fileBeside(data)).doesNotExist();
        assertThat(keys.secretsKey()).doesNotExist();
    }

    private Path copyOfBackup() throws Exception {
        Path copy = elsewhere.resolve("copy-" + System.nanoTime());
        FileUtils.copyDirectory(backup.toFile(), copy.toFile());
        return copy;
    }

    /** Runs a command as {@code java -jar placera.jar} does, in the backup commands' own context. */
    private static String command(String... args) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BackupCommands.class)
                .web(WebApplicationType.NONE).run(args)) {
            assertThat(BackupCommands.runs(args)).isTrue();
            context.getBean(Commands.class).run(args, System.out);
        } finally {
            System.setOut(console);
        }
        return output.toString(StandardCharsets.UTF_8);
    }

    private static void write(AtomicLong acknowledged, AtomicBoolean writing) {
        try (Connection connection = live.server().superuserConnection("placera");
                PreparedStatement insert = connection.prepareStatement("insert into acknowledged values (?)")) {
            while (writing.get()) {
                insert.setLong(1, acknowledged.get() + 1);
                insert.executeUpdate(); // autocommit: acknowledged once this returns
                acknowledged.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String checksum(String table, Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        // sql-reviewed: the table name is a constant of this test
                        "select md5(string_agg(t::text, '|' order by t::text)) from " + table + " t")) {
            result.next();
            return result.getString(1);
        }
    }

    private static long count(Connection connection, String sql, long... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select current_setting(?)")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static KeyFiles keysIn(Path directory) {
        return new KeyFiles(directory.resolve("secrets.key"), directory.resolve("audit.keys"),
                directory.resolve("research-keys"));
    }

    private static void writeKey(Path file, String prefix) throws Exception {
        Files.createDirectories(file.getParent());
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        Files.writeString(file, prefix + " " + HexFormat.of().formatHex(random) + "\n");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }
}
