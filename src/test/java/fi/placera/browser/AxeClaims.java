package fi.placera.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which distinct pages ({@link PageKind}) are scanned with axe in this run: each by the first of the run's test JVMs
 * to show it, since the same page scanned in the other JVM would only find the same (decision 0047). A claim is a
 * file in the directory the build names ({@code placera.browser.axe-scanned}, emptied before the integration
 * tests); without one, the claims are this JVM's. A page found faulty is released, so that it is scanned, and fails,
 * again wherever it is shown next.
 */
final class AxeClaims {

    private static final Set<String> SEEN_HERE = ConcurrentHashMap.newKeySet();
    private static final Path RUN = runDirectory();

    private AxeClaims() {
    }

    /** True when this view is the first of its kind in the run, and this JVM scans it. */
    static boolean claim(String kind) {
        if (!SEEN_HERE.add(kind)) {
            return false;
        }
        if (RUN == null) {
            return true;
        }
        try {
            Files.createFile(RUN.resolve(fileName(kind)));
            return true;
        } catch (FileAlreadyExistsException scannedByAnotherJvm) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void release(String kind) {
        SEEN_HERE.remove(kind);
        if (RUN != null) {
            try {
                Files.deleteIfExists(RUN.resolve(fileName(kind)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path runDirectory() {
        String directory = System.getProperty("placera.browser.axe-scanned");
        if (directory == null) {
            return null;
        }
        try {
            return Files.createDirectories(Path.of(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(String kind) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(kind.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
