package fi.placera.platform.database;

import fi.placera.platform.database.BackupManifest.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;

/**
 * Lays a backup made by {@link EmbeddedBackup} out as a fresh data directory, its password file and the key files
 * where this installation's settings keep them. Every file is checked against the manifest before anything is
 * written, and again as it is copied. Nothing is replaced: the data directory must be new or empty, and a key file
 * that exists must be the backup's own. Placera's next start on the directory recovers from the backup label and the
 * log segments in it, and opens the copy as it was when the backup ended (decision 0044).
 */
final class EmbeddedRestore {

    /** What a finished restore wrote, for the command's summary. */
    record Restored(Path dataDirectory, long files, long bytes, Duration took) {
    }

    private final KeyFiles keys;

    EmbeddedRestore(KeyFiles keys) {
        this.keys = keys;
    }

    Restored from(Path backup, Path dataDirectory) throws IOException {
        long begin = System.nanoTime();
        Path target = dataDirectory.toAbsolutePath().normalize();
        BackupManifest manifest = BackupManifest.readFrom(backup);
        manifest.verify(backup);
        requireFreshDataDirectory(target);
        Map<String, Path> keyFiles = keyDestinations(manifest);
        prepare(target);
        try {
            for (Entry entry : manifest.entries()) {
                String path = entry.path();
                if (path.startsWith(EmbeddedBackup.DATA + "/")) {
                    restore(backup, entry, target.resolve(path.substring(EmbeddedBackup.DATA.length() + 1)));
                }
            }
            restore(backup, entryOf(manifest, EmbeddedBackup.PASSWORDS), ServerPasswords.fileBeside(target));
        } catch (IOException | RuntimeException e) {
            // the directory was new or empty and no password file was beside it: all of this is ours
            FileUtils.cleanDirectory(target.toFile());
            Files.deleteIfExists(ServerPasswords.fileBeside(target));
            throw e;
        }
        for (Map.Entry<String, Path> key : keyFiles.entrySet()) {
            if (!Files.exists(key.getValue())) {
                Files.createDirectories(key.getValue().toAbsolutePath().getParent());
                restore(backup, entryOf(manifest, key.getKey()), key.getValue());
            }
        }
        return new Restored(target, manifest.files(), manifest.bytes(), Duration.ofNanos(System.nanoTime() - begin));
    }

    private static void restore(Path backup, Entry entry, Path to) throws IOException {
        if (entry.isDirectory()) {
            BackupManifest.privateDirectory(to);
            return;
        }
        Entry copied = BackupManifest.copy(backup.resolve(entry.path()), to, entry.path());
        if (!copied.equals(entry)) {
            throw new BackupRefused(entry.path() + " changed while it was restored: the backup is being changed");
        }
    }

    private static void requireFreshDataDirectory(Path target) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new BackupRefused(target + " is not empty: restore into a new or empty directory, never"
                            + " over a database");
                }
            }
        }
        if (Files.exists(ServerPasswords.fileBeside(target))) {
            throw new BackupRefused(ServerPasswords.fileBeside(target) + " exists already: it belongs to another"
                    + " database; restore into a new directory");
        }
    }

    private static void prepare(Path target) throws IOException {
        if (Files.exists(target)) {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.createDirectories(target.getParent());
            BackupManifest.privateDirectory(target);
        }
    }

    /**
     * Where each key file of the backup goes; refused when one exists there with other contents — replacing a key
     * would lock the data sealed with it out for good.
     */
    private Map<String, Path> keyDestinations(BackupManifest manifest) throws IOException {
        Map<String, Path> destinations = new LinkedHashMap<>();
        destinations.put(EmbeddedBackup.SECRETS_KEY, keys.secretsKey());
        destinations.put(EmbeddedBackup.AUDIT_KEYS, keys.auditKeys());
        for (Entry entry : manifest.entries()) {
            if (entry.path().startsWith(EmbeddedBackup.RESEARCH_KEYS + "/")) {
                destinations.put(entry.path(), keys.researchKeyDirectory()
                        .resolve(entry.path().substring(EmbeddedBackup.RESEARCH_KEYS.length() + 1)));
            }
        }
        for (Map.Entry<String, Path> key : destinations.entrySet()) {
            Entry entry = entryOf(manifest, key.getKey());
            if (Files.exists(key.getValue()) && !BackupManifest.sha256(key.getValue()).equals(entry.sha256())) {
                throw new BackupRefused(key.getValue() + " exists with another key than the backup's "
                        + key.getKey() + "; move it away (never delete a key still needed) or point the setting"
                        + " elsewhere, then restore again");
            }
        }
        return destinations;
    }

    private static Entry entryOf(BackupManifest manifest, String path) {
        return manifest.entries().stream().filter(entry -> entry.path().equals(path)).findFirst()
                .orElseThrow(() -> new BackupRefused("The backup's manifest lists no " + path + ": it is incomplete"));
    }
}
