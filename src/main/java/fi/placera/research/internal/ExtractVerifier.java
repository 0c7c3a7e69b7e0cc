package fi.placera.research.internal;

import fi.placera.platform.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Checks an extract as it comes back (decision 0024): it is "tampered" when any file differs from the SHA-256 its
 * manifest gives, a file of the manifest is missing or an unlisted file was added, or its codebook is not the one
 * Placera writes (a label, type or value label changed, even with a manifest rewritten to match). Refused with the
 * file's name; nothing is imported.
 */
@Component
public class ExtractVerifier {

    /**
     * The largest manifest read: one line per file of an extract (a name and a SHA-256) is a few kilobytes. A larger
     * one is not Placera's, and is not read into memory (a 1 MB zip can hold a manifest that inflates to 1 GiB).
     */
    static final int MANIFEST_LIMIT = 1 << 20;
    /** The most files an extract may hold: it has one per table and format, a few dozen. */
    static final int FILE_LIMIT = 1_000;

    private final Codebook codebook;

    ExtractVerifier(Codebook codebook) {
        this.codebook = codebook;
    }

    /** The SHA-256 of a whole file, as the disclosure trail records it for a delivered one. */
    public String checksum(InputStream file) throws IOException {
        return Codebook.digest(file, "SHA-256");
    }

    /** Returns the number of files checked; refused (Rejection on field "file") when anything does not match. */
    public int verify(InputStream zip) {
        Map<String, String> actual = new HashMap<>();
        byte[] manifest = null;
        try (ZipInputStream entries = new ZipInputStream(zip)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getName().equals(Codebook.MANIFEST)) {
                    manifest = entries.readNBytes(MANIFEST_LIMIT + 1);
                    if (manifest.length > MANIFEST_LIMIT) {
                        throw new Rejection("file", "research.extract.tampered", Codebook.MANIFEST);
                    }
                } else if (actual.size() == FILE_LIMIT) {
                    throw new Rejection("file", "research.extract.tampered", entry.getName());
                } else {
                    actual.put(entry.getName(), Codebook.digest(entries, "SHA-256"));
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            // a file name in the zip that is not UTF-8 is an IllegalArgumentException, a server error if let through
            throw new Rejection("file", "research.extract.tampered", "zip");
        }
        if (manifest == null) {
            throw new Rejection("file", "research.extract.tampered", Codebook.MANIFEST);
        }
        Map<String, String> listed = new HashMap<>();
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(manifest), StandardCharsets.UTF_8))) {
            for (CSVRecord record : parser) {
                listed.put(record.get("file"), record.get("sha256"));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Rejection("file", "research.extract.tampered", Codebook.MANIFEST);
        }
        for (String name : new TreeSet<>(listed.keySet())) {
            if (!listed.get(name).equals(actual.get(name))) {
                throw new Rejection("file", "research.extract.tampered", name);
            }
        }
        for (String name : new TreeSet<>(actual.keySet())) {
            if (!listed.containsKey(name)) {
                throw new Rejection("file", "research.extract.tampered", name);
            }
        }
        String expected;
        try (InputStream written = new ByteArrayInputStream(codebook.codebookCsv().getBytes(StandardCharsets.UTF_8))) {
            expected = Codebook.digest(written, "SHA-256");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!expected.equals(actual.get(Codebook.CODEBOOK))) {
            throw new Rejection("file", "research.extract.tampered", Codebook.CODEBOOK);
        }
        return actual.size();
    }
}
