package fi.placera.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fi.placera.testing.Mutations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile trackers: a small workbook that inflates to millions of (empty) rows or to gigabytes, and a CSV file of
 * more rows than any team has, are refused with a message, quickly and without holding them in memory; a mutated
 * workbook is read or refused, never thrown.
 */
class HostileTrackerTest {

    private static final String CLIENTS_HEADER = "client_ref,coach_ref,referral_date";
    private static final long FUZZ_MILLIS = 10_000;

    @Test
    void aSmallWorkbookOfMillionsOfEmptyRowsIsRefusedAtTheRowLimit() throws IOException {
        byte[] workbook = workbook(3_000_000, 0);
        assertThat(workbook.length).as("an upload under the 50 MB limit").isLessThan(10_000_000);
        long allocatedBefore = allocated();
        long startedAt = System.nanoTime();

        RawTables tables = WorkbookTables.read(workbook);

        assertThat(tables.errors()).extracting(error -> error.table() + ":" + error.reason())
                .contains("clients:import.file.too-many-rows");
        assertThat(tables.rows(TrackerTable.CLIENTS)).isEmpty();
        assertThat((System.nanoTime() - startedAt) / 1_000_000).as("milliseconds").isLessThan(20_000);
        assertThat(allocated() - allocatedBefore).as("bytes allocated").isLessThan(1L << 30);
    }

    @Test
    void aWorkbookThatInflatesBeyondTheLimitIsRefusedUnread() throws IOException {
        byte[] workbook = workbook(10, WorkbookTables.MAX_INFLATED_BYTES + 1);
        assertThat(workbook.length).as("a small upload").isLessThan(2_000_000);

        RawTables tables = WorkbookTables.read(workbook);

        assertThat(tables.errors()).extracting(error -> error.reason()).containsExactly("import.file.inflates-too-much");
    }

    @Test
    void aCsvFileOfMoreRowsThanTheLimitIsRefused() {
        StringBuilder clients = new StringBuilder(CLIENTS_HEADER).append('\n');
        for (int i = 0; i <= RawTables.MAX_ROWS; i++) {
            clients.append("A-").append(i).append(",coach1,2025-03-01\n");
        }
        RawTables tables = CsvTables.read(Map.of("clients.csv", clients.toString().getBytes(StandardCharsets.UTF_8),
                "jobs.csv", "client_ref,employer_name,start_date,competitive\n".getBytes(StandardCharsets.UTF_8),
                "employer_contacts.csv",
                "coach_ref,contact_date,employer_name,face_to_face\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(tables.errors()).extracting(error -> error.table() + ":" + error.reason())
                .containsExactly("clients:import.file.too-many-rows");
        assertThat(tables.rows(TrackerTable.CLIENTS)).isEmpty();
    }

    /**
     * Found by the fuzzing below: a workbook with a part name that is not UTF-8 threw (a server error) before the
     * workbook reader saw it; now the reader reads it — the part is one it does not need — or refuses it.
     */
    @Test
    void aWorkbookWhosePartNameIsNotUtf8IsReadNotThrown() throws IOException {
        byte[] workbook = workbook(0, 0);
        byte[] name = "[Content_Types]".getBytes(StandardCharsets.US_ASCII);
        for (int at = 0; at + name.length <= workbook.length; at++) {
            if (Arrays.equals(workbook, at, at + name.length, name, 0, name.length)) {
                workbook[at + 1] = (byte) 0xFF;
                break;
            }
        }

        RawTables tables = WorkbookTables.read(workbook);

        assertThat(tables.errors()).isEmpty();
        assertThat(tables.rows(TrackerTable.CLIENTS)).isEmpty();
    }

    /**
     * Found by the fuzzing below (in CI): a part whose compression method says Zstandard made the workbook reader
     * look for a decoder that is not here, an Error. Every part's method, in its local header and in the central
     * directory, now says Zstandard (93); the workbook is refused as unreadable.
     */
    @Test
    void aWorkbookCompressedWithAMethodWorkbooksDoNotUseIsRefusedNotThrown() throws IOException {
        byte[] workbook = workbook(0, 0);
        int renamed = 0;
        for (int at = 0; at + 12 <= workbook.length; at++) {
            if (workbook[at] == 'P' && workbook[at + 1] == 'K' && workbook[at + 2] == 3 && workbook[at + 3] == 4) {
                workbook[at + 8] = 93;
                renamed++;
            } else if (workbook[at] == 'P' && workbook[at + 1] == 'K' && workbook[at + 2] == 1 && workbook[at + 3] == 2) {
                workbook[at + 10] = 93;
                renamed++;
            }
        }
        assertThat(renamed).isGreaterThan(2);

        RawTables tables = WorkbookTables.read(workbook);

        assertThat(tables.errors()).extracting(error -> error.reason()).containsExactly("import.file.unreadable");
    }

    /**
     * IN2 for workbooks: seeded mutations of a valid workbook — of its sheet's XML inside the zip and of the zip's
     * bytes — for {@value #FUZZ_MILLIS} ms are each read or refused with errors, never thrown (the seed is in the
     * failure).
     */
    @Test
    void aMutatedWorkbookIsReadOrRefusedNeverThrown() throws IOException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        byte[] base = workbook(0, 0);
        String sheet = sheet(header(CLIENTS_HEADER) + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A-1</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>coach1</t></is></c><c r=\"C2\"><v>45717</v></c></row>");
        int runs = 0;
        for (long until = System.currentTimeMillis() + FUZZ_MILLIS; System.currentTimeMillis() < until; runs++) {
            byte[] workbook = runs % 2 == 0 ? withClientsSheet(base, Mutations.of(sheet, random)) : flipped(base, random);
            int run = runs;
            assertThatCode(() -> WorkbookTables.read(workbook)).as("seed %d, run %d", seed, run)
                    .doesNotThrowAnyException();
        }
        assertThat(runs).isGreaterThan(50);
    }

    private static byte[] flipped(byte[] workbook, Random random) {
        byte[] bytes = workbook.clone();
        for (int m = 1 + random.nextInt(8); m > 0; m--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** The workbook with the clients sheet's XML replaced. */
    private static byte[] withClientsSheet(byte[] workbook, String xml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(part.getName()));
                zip.write(part.getName().equals("xl/worksheets/sheet1.xml") ? xml.getBytes(StandardCharsets.UTF_8)
                        : parts.readAllBytes());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /**
     * A minimal XLSX workbook with the three tracker sheets: "clients" has its header and then this many empty rows;
     * padding adds a part of that many spaces. Written a block at a time, never held whole.
     */
    private static byte[] workbook(int emptyRows, long padding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            part(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            part(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            part(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="clients" sheetId="1" r:id="rId1"/><sheet name="jobs" sheetId="2" r:id="rId2"/><sheet name="employer_contacts" sheetId="3" r:id="rId3"/></sheets>
                    </workbook>""");
            part(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
                    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/>
                    <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    </Relationships>""");
            part(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>
                    </styleSheet>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + header(CLIENTS_HEADER));
            StringBuilder rows = new StringBuilder();
            for (int r = 2; r < emptyRows + 2; r++) {
                rows.append("<row r=\"").append(r).append("\"/>");
                if (rows.length() > 1 << 16) {
                    write(zip, rows.toString());
                    rows.setLength(0);
                }
            }
            write(zip, rows + "</sheetData></worksheet>");
            zip.closeEntry();
            part(zip, "xl/worksheets/sheet2.xml", sheet(header("client_ref,employer_name,start_date,competitive")));
            part(zip, "xl/worksheets/sheet3.xml", sheet(header("coach_ref,contact_date,employer_name,face_to_face")));
            if (padding > 0) {
                zip.putNextEntry(new ZipEntry("xl/padding.xml"));
                byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                for (long written = 0; written < padding; written += spaces.length) {
                    zip.write(spaces);
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    /** Row 1 with inline-string cells. */
    private static String header(String columns) {
        StringBuilder row = new StringBuilder("<row r=\"1\">");
        String[] names = columns.split(",");
        for (int c = 0; c < names.length; c++) {
            row.append("<c r=\"").append((char) ('A' + c)).append("1\" t=\"inlineStr\"><is><t>").append(names[c])
                    .append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, content);
        zip.closeEntry();
    }

    private static void write(ZipOutputStream zip, String text) throws IOException {
        zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
