package fi.placera.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys that seal the access log (decision 0034), kept in a file outside the database
 * ({@code placera.audit.key-file}): one line per key, {@code <version> <64 hex digits>}, {@code #} for comments.
 * The highest version seals new rows; every version stays to verify the rows it sealed. Rotating is adding a line
 * with a higher version: the file is read at each use, so every node picks it up without a restart. A missing file
 * is created with version 1, readable by its owner only.
 */
@Component
class AuditKeys {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One key of the ring. */
    record Key(int version, SecretKeySpec secret) {
    }

    private final Path file;

    AuditKeys(@Value("${placera.audit.key-file}") String keyFile) {
        this.file = Path.of(keyFile);
        current();
    }

    /** The key that seals new rows: the highest version. */
    Key current() {
        Map.Entry<Integer, SecretKeySpec> newest = ring().lastEntry();
        return new Key(newest.getKey(), newest.getValue());
    }

    /** Every key the file holds now, by version: read once for a whole verification, not once per row. */
    Map<Integer, Key> all() {
        Map<Integer, Key> keys = new TreeMap<>();
        ring().forEach((version, secret) -> keys.put(version, new Key(version, secret)));
        return keys;
    }

    private NavigableMap<Integer, SecretKeySpec> ring() {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            NavigableMap<Integer, SecretKeySpec> keys = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    parse(entry, keys);
                }
            }
            if (keys.isEmpty()) {
                throw new IllegalStateException("The audit key file " + file + " holds no key");
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void parse(String entry, NavigableMap<Integer, SecretKeySpec> keys) {
        String[] parts = entry.split("\\s+");
        try {
            int version = Integer.parseInt(parts[0]);
            byte[] key = HexFormat.of().parseHex(parts.length == 2 ? parts[1] : "");
            if (version < 1 || key.length != KEY_BYTES || keys.put(version, new SecretKeySpec(key, "HmacSHA256")) != null) {
                throw new IllegalArgumentException("bad line");
            }
        } catch (IllegalArgumentException bad) {
            throw new IllegalStateException("Each line of the audit key file " + file
                    + " must be a version (1, 2, …, each once) and 64 hex digits", bad);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try {
            Files.writeString(file, "# Placera access-log sealing keys: <version> <key>; add a higher version to rotate, "
                    + "never remove one\n1 " + HexFormat.of().formatHex(bytes) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (FileAlreadyExistsException createdMeanwhile) {
            // another node created it first: theirs is used
        } catch (UnsupportedOperationException notPosix) {
            // the directory's own permissions protect it
        }
    }
}
