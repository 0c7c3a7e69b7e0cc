package fi.placera.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The passwords of the embedded server's roles, generated at its first start and kept in a file beside the data
 * directory ({@code <data-directory>.pgpass}, readable by its owner only). The file has PostgreSQL's password-file
 * format, so {@code PGPASSFILE=<file> psql -h 127.0.0.1 -p <port> -U postgres placera} works for an operator.
 * Like the TOTP sealing key, it belongs in the backup of the data directory.
 */
final class ServerPasswords {

    private static final List<String> ROLES =
            List.of(EmbeddedDatabase.SUPERUSER, EmbeddedDatabase.OWNER, EmbeddedDatabase.APPLICATION);
    private static final SecureRandom random = new SecureRandom();

    private final Path file;
    private final Map<String, String> passwords;

    private ServerPasswords(Path file, Map<String, String> passwords) {
        this.file = file;
        this.passwords = passwords;
    }

    static Path fileBeside(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".pgpass");
    }

    /** The kept passwords, with a new one for every role that has none yet (all of them on a first start). */
    static ServerPasswords keptOrNew(Path dataDirectory) {
        Path file = fileBeside(dataDirectory);
        Map<String, String> passwords = new LinkedHashMap<>(read(file));
        boolean added = false;
        for (String role : ROLES) {
            if (!passwords.containsKey(role)) {
                passwords.put(role, generated());
                added = true;
            }
        }
        ServerPasswords kept = new ServerPasswords(file, passwords);
        if (added) {
            kept.write();
        }
        return kept;
    }

    /** The kept passwords only (an operator's command never makes new ones); refused when the file is missing. */
    static ServerPasswords kept(Path dataDirectory) {
        Path file = fileBeside(dataDirectory);
        if (!Files.isRegularFile(file)) {
            throw new BackupRefused("The embedded server's password file " + file + " is missing; it is made at"
                    + " Placera's first start beside the data directory " + dataDirectory);
        }
        return new ServerPasswords(file, read(file));
    }

    String of(String role) {
        return passwords.get(role);
    }

    Path file() {
        return file;
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> passwords = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return passwords;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                // host:port:database:role:password; our passwords never contain ':' or '\'
                String[] fields = line.split(":", 5);
                if (fields.length == 5 && !line.startsWith("#")) {
                    passwords.put(fields[3], fields[4]);
                }
            }
            return passwords;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the embedded server's password file " + file, e);
        }
    }

    private void write() {
        StringBuilder lines = new StringBuilder("# Placera's embedded PostgreSQL: one line per role (PGPASSFILE format)\n");
        passwords.forEach((role, password) -> lines.append("*:*:*:").append(role).append(':').append(password).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".pgpass-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(partial, lines);
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the embedded server's password file " + file, e);
        }
    }

    private static String generated() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
