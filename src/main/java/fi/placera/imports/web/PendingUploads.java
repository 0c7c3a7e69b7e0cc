package fi.placera.imports.web;

import fi.placera.imports.TrackerFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Uploaded trackers kept between the preview and the confirmation, each in a directory of the temporary
 * directory named by a random id that only the uploader's session knows. Only ids that are UUIDs are ever
 * turned into paths; uploads not confirmed within a day are removed at the next upload.
 */
@Component
class PendingUploads {

    private static final String WORKBOOK = "tracker.xlsx";
    private static final Duration KEPT = Duration.ofDays(1);

    private final Path root;
    private final Clock clock;

    PendingUploads(Clock clock) throws IOException {
        this.clock = clock;
        this.root = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "placera-imports"));
    }

    String keep(TrackerFiles files) {
        removeStale();
        String id = UUID.randomUUID().toString();
        try {
            Path directory = Files.createDirectory(root.resolve(id));
            if (files.isWorkbook()) {
                Files.write(directory.resolve(WORKBOOK), files.workbook());
            }
            for (Map.Entry<String, byte[]> file : files.csvFiles().entrySet()) {
                Files.write(directory.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    /** The upload kept under the id, if there is one. */
    Optional<TrackerFiles> find(String id) {
        return directory(id).filter(Files::isDirectory).map(PendingUploads::read);
    }

    void remove(String id) {
        directory(id).ifPresent(PendingUploads::delete);
    }

    private Optional<Path> directory(String id) {
        try {
            return Optional.of(root.resolve(UUID.fromString(id).toString()));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    private static TrackerFiles read(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            Map<String, byte[]> contents = new HashMap<>();
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
            byte[] workbook = contents.remove(WORKBOOK);
            return workbook != null ? TrackerFiles.workbook(workbook) : TrackerFiles.csv(contents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removeStale() {
        Instant before = clock.instant().minus(KEPT);
        try (Stream<Path> uploads = Files.list(root)) {
            uploads.filter(upload -> modified(upload).isBefore(before)).forEach(PendingUploads::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException vanished) {
            return Instant.MAX;
        }
    }

    private static void delete(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
