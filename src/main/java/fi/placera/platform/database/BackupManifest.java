package fi.placera.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a backup holds: every file with its size and SHA-256, every directory, and the facts of the backup (label,
 * write-ahead log positions), in {@value #FILE}; that file's own SHA-256 in {@value #CHECKSUM}, in the format of
 * {@code sha256sum}, so that an operator can check it with the usual tools. The manifest is written last: a backup
 * without one is incomplete. A restore verifies every line before it writes anything.
 */
final class BackupManifest {

    static final String FILE = "manifest.tsv";
    static final String CHECKSUM = "manifest.tsv.sha256";
    private static final String DIRECTORY = "directory";
    private static final int BUFFER = 1 << 16;

    /** A file (size and SHA-256) or a directory (no size, no digest) of the backup, by its path inside it. */
    record Entry(String path, long size, String sha256) {

        Entry {
            // a manifest is read from a backup someone could have changed: no path may leave the backup
            if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.matches(".*\\p{Cntrl}.*")
                    || Stream.of(path.split("/")).anyMatch(part -> part.equals("..") || part.equals("."))) {
                throw new BackupRefused("The backup's manifest names a path outside the backup: it is damaged or"
                        + " was changed");
            }
        }

        static Entry directory(String path) {
            return new Entry(path, -1, DIRECTORY);
        }

        boolean isDirectory() {
            return DIRECTORY.equals(sha256);
        }
    }

    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    void fact(String name, String value) {
        facts.put(name, value.replaceAll("\\p{Cntrl}", " "));
    }

    Optional<String> fact(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    void add(Entry entry) {
        entries.add(entry);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    long bytes() {
        return entries.stream().filter(entry -> !entry.isDirectory()).mapToLong(Entry::size).sum();
    }

    long files() {
        return entries.stream().filter(entry -> !entry.isDirectory()).count();
    }

    /** Writes the manifest and its checksum into the backup's directory (durably: the backup is done when they are). */
    void writeInto(Path backup) throws IOException {
        StringBuilder text = new StringBuilder("# Placera backup: <sha256> <size> <path>, or directory - <path>\n");
        facts.forEach((name, value) -> text.append("# ").append(name).append(": ").append(value).append('\n'));
        for (Entry entry : entries) {
            text.append(entry.sha256()).append('\t').append(entry.isDirectory() ? "-" : Long.toString(entry.size()))
                    .append('\t').append(entry.path()).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        writeDurably(backup.resolve(FILE), bytes);
        writeDurably(backup.resolve(CHECKSUM),
                (hex(digest().digest(bytes)) + "  " + FILE + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The manifest of a backup, refused when it is missing or its checksum does not match. */
    static BackupManifest readFrom(Path backup) {
        Path file = backup.resolve(FILE);
        Path checksum = backup.resolve(CHECKSUM);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(checksum)) {
            throw new BackupRefused(backup + " has no " + FILE + " and " + CHECKSUM + ": it is no Placera backup, or"
                    + " the backup did not finish");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String expected = Files.readString(checksum, StandardCharsets.UTF_8).trim().split("\\s+")[0];
            if (!hex(digest().digest(bytes)).equals(expected)) {
                throw new BackupRefused(FILE + " does not match its checksum in " + CHECKSUM
                        + ": the backup was changed or damaged");
            }
            return parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the manifest of " + backup, e);
        }
    }

    /**
     * Every file and directory of the manifest is in the backup with its size and SHA-256, and the backup holds
     * nothing else; refused at the first difference.
     */
    void verify(Path backup) throws IOException {
        Set<String> listed = new TreeSet<>();
        for (Entry entry : entries) {
            listed.add(entry.path());
            Path path = backup.resolve(entry.path());
            if (entry.isDirectory() ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
                throw new BackupRefused(entry.path() + " is missing from the backup");
            }
            if (!entry.isDirectory() && (Files.size(path) != entry.size() || !sha256(path).equals(entry.sha256()))) {
                throw new BackupRefused(entry.path() + " does not match its size and SHA-256 in " + FILE
                        + ": the backup was changed or damaged");
            }
        }
        try (Stream<Path> all = Files.walk(backup)) {
            Optional<String> unlisted = all.filter(path -> !path.equals(backup))
                    .map(path -> backup.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> !path.equals(FILE) && !path.equals(CHECKSUM) && !listed.contains(path))
                    .findFirst();
            if (unlisted.isPresent()) {
                throw new BackupRefused(unlisted.get() + " is in the backup but not in " + FILE
                        + ": the backup was changed");
            }
        }
    }

    /** Copies a file, computing its SHA-256 from the very bytes written, and forces them to disk. */
    static Entry copy(Path from, Path to, String path) throws IOException {
        MessageDigest digest = digest();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(from);
                FileChannel out = FileChannel.open(privateFile(to), StandardOpenOption.WRITE)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                digest.update(buffer, 0, read);
                size += read;
            }
            out.force(true);
        }
        return new Entry(path, size, hex(digest.digest()));
    }

    /** Writes bytes as a file of the backup, returning its entry. */
    static Entry write(Path to, String path, byte[] bytes) throws IOException {
        writeDurably(to, bytes);
        return new Entry(path, bytes.length, hex(digest().digest(bytes)));
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (NoSuchFileException e) {
            return "";
        }
        return hex(digest.digest());
    }

    private static BackupManifest parse(String text) {
        BackupManifest manifest = new BackupManifest();
        for (String line : text.split("\n")) {
            if (line.startsWith("# ") && line.contains(": ")) {
                manifest.facts.put(line.substring(2, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2));
            } else if (!line.startsWith("#") && !line.isBlank()) {
                String[] fields = line.split("\t", 3);
                if (fields.length != 3) {
                    throw new BackupRefused(FILE + " has a line that is not <sha256> <size> <path>: it is damaged");
                }
                manifest.entries.add(DIRECTORY.equals(fields[0]) ? Entry.directory(fields[2])
                        : new Entry(fields[2], size(fields[1]), fields[0]));
            }
        }
        return manifest;
    }

    private static long size(String field) {
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException e) {
            throw new BackupRefused(FILE + " has a size that is not a number: it is damaged");
        }
    }

    private static void writeDurably(Path to, byte[] bytes) throws IOException {
        Files.write(privateFile(to), bytes, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    }

    /** A new file that only its owner may read: a backup holds health data and keys. */
    private static Path privateFile(Path file) throws IOException {
        return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }

    /** A new directory that only its owner may enter (PostgreSQL requires this of its data directory, too). */
    static Path privateDirectory(Path directory) throws IOException {
        return Files.createDirectory(directory,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
