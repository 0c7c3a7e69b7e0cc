package fi.placera.research.internal;

import fi.placera.platform.Rejection;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The studies' pseudonymisation keys: one file a study, {@code study-<id>.key} in the key directory
 * ({@code placera.research.key-dir}), never in the database. The key is the file's bytes (a created key is 32 random
 * bytes written as 64 hexadecimal characters); a missing file or one shorter than {@value #MIN_BYTES} bytes is refused
 * and nothing is produced.
 */
@Component
public class StudyKeys {

    public static final int MIN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    StudyKeys(@Value("${placera.research.key-dir}") String directory) {
        this.directory = Path.of(directory);
    }

    public Path fileOf(long studyId) {
        return directory.resolve("study-" + studyId + ".key");
    }

    /** The key of the study; refused (Rejection on field "key") when the file is missing, unreadable or too short. */
    public byte[] keyOf(long studyId) {
        Path file = fileOf(studyId);
        if (!Files.isRegularFile(file)) {
            throw new Rejection("key", "research.key.missing", file.getFileName().toString());
        }
        byte[] key;
        try {
            key = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Rejection("key", "research.key.missing", file.getFileName().toString());
        }
        int length = key.length;
        while (length > 0 && Character.isWhitespace(key[length - 1])) {
            length--;
        }
        if (length < MIN_BYTES) {
            throw new Rejection("key", "research.key.short", MIN_BYTES);
        }
        return java.util.Arrays.copyOf(key, length);
    }

    /** Writes a new random key for the study unless its file exists (readable by the owner only where supported). */
    void createFor(long studyId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        Path file = fileOf(studyId);
        try {
            Files.createDirectories(directory);
            Files.writeString(file, HexFormat.of().formatHex(bytes), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the directory's own permissions protect it
            }
        } catch (FileAlreadyExistsException kept) {
            // an operator placed the key before the study was created: it is used as it is
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
