package fi.placera.platform.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.io.FileUtils;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL 17 programs (initdb, pg_ctl, postgres) that Maven Central's zonky artifact carries for this
 * platform, unpacked once into the temporary directory. Placera runs them itself rather than through the library's
 * test-oriented starter, which forces {@code fsync} off, initialises clusters without checksums and with
 * {@code trust}, and cannot restart a server that died (decision 0033).
 */
final class PostgresBinaries {

    private static volatile Path home;

    private PostgresBinaries() {
    }

    /** The command line that runs a PostgreSQL program: as root inside a user namespace, since PostgreSQL refuses root. */
    static List<String> command(String program, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(home().resolve("bin").resolve(program).toString());
        command.addAll(arguments);
        return command;
    }

    private static synchronized Path home() {
        if (home == null) {
            home = unpacked();
        }
        return home;
    }

    private static Path unpacked() {
        try {
            byte[] archive = archive();
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive), 0, 8);
            Path target = Path.of(System.getProperty("java.io.tmpdir"), "placera-postgres-" + digest);
            if (Files.isExecutable(target.resolve("bin/postgres"))) {
                return target;
            }
            // unpack beside and rename, so that a second JVM never sees half a directory
            Path partial = Files.createTempDirectory(target.getParent(), "placera-postgres-unpacking-");
            unpack(archive, partial);
            moveIntoPlace(partial, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the embedded PostgreSQL", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Renames the unpacked directory to its place, or, when another JVM that unpacked at the same time was first (as
     * the test JVMs, the chaos scenarios and the restore drill are on a new machine), keeps that one. Renaming onto
     * a directory already filled fails with ENOTEMPTY, which Java reports as a plain {@link FileSystemException}.
     */
    static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException firstWasAnother) {
            FileUtils.deleteDirectory(partial.toFile());
            if (!Files.isExecutable(target.resolve("bin/postgres"))) {
                throw firstWasAnother;
            }
        }
    }

    private static byte[] archive() throws IOException {
        String system = System.getProperty("os.name").startsWith("Mac") ? "Darwin" : "Linux";
        String architecture = "amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch");
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture)) {
            if (archive == null) {
                throw new IllegalStateException("This Placera build carries no PostgreSQL for " + system + " "
                        + architecture + "; build it for this platform (README) or set PLACERA_DB_URL");
            }
            return archive.readAllBytes();
        }
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    path.toFile().setExecutable(entry.getName().startsWith("bin/"), false);
                }
            }
        }
    }
}
