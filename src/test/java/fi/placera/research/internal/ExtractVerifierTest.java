package fi.placera.research.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.platform.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
