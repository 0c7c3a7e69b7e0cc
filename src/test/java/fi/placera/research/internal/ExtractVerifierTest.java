package fi.placera.research.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.platform.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** An extract brought back for checking is read as a stream: a hostile zip cannot make Placera hold it in memory. */
class ExtractVerifierTest {

    private static final long GIB = 1L << 30;

    @Test
    void aManifestThatInflatesToAGibibyteIsRefusedWithoutReadingItIntoMemory() throws IOException {
        byte[] zip = zipWithManifestOf(GIB);
        assertThat(zip.length).as("the upload itself is small").isLessThan(2_000_000);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        assertThatThrownBy(() -> new ExtractVerifier(null).verify(new ByteArrayInputStream(zip)))
                .isInstanceOf(Rejection.class).hasMessage("research.extract.tampered")
                .satisfies(refused -> assertThat(((Rejection) refused).arguments()).containsExactly(Codebook.MANIFEST));
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes allocated while checking")
                .isLessThan(64L << 20);
    }

    @Test
    void aZipOfThousandsOfFilesIsRefusedAtTheLimit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= ExtractVerifier.FILE_LIMIT; i++) {
                zip.putNextEntry(new ZipEntry("f" + i + ".csv"));
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> new ExtractVerifier(null).verify(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(Rejection.class);
    }

    /** Found by HostileTrackerTest's fuzzing (decision 0054): a name the zip says is UTF-8 but is not. */
    @Test
    void aZipWhoseFileNameIsNotUtf8IsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("zz.csv"));
            zip.closeEntry();
        }
        byte[] broken = notUtf8(bytes.toByteArray(), "zz".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> new ExtractVerifier(null).verify(new ByteArrayInputStream(broken)))
                .isInstanceOf(Rejection.class)
                .satisfies(refused -> assertThat(((Rejection) refused).arguments()).containsExactly("zip"));
    }

    /** The zip with the first occurrence of the name's bytes (its local header) made invalid UTF-8. */
    static byte[] notUtf8(byte[] zip, byte[] name) {
        for (int at = 0; at + name.length <= zip.length; at++) {
            if (Arrays.equals(zip, at, at + name.length, name, 0, name.length)) {
                zip[at] = (byte) 0xFF;
                zip[at + 1] = (byte) 0xFE;
                return zip;
            }
        }
        throw new IllegalArgumentException("name not in the zip");
    }

    /** A zip whose manifest.csv is this many zero bytes, written a block at a time (never held whole). */
    private static byte[] zipWithManifestOf(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(Codebook.MANIFEST));
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < size; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
