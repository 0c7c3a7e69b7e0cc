package fi.placera.imports.internal;

import fi.placera.imports.ImportError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the tables from the sheets of one XLSX workbook, the header in row 1. Cells become the text a CSV file
 * would hold: a date-formatted number becomes YYYY-MM-DD, a number its plain digits, TRUE/FALSE yes/no. Other
 * sheets (instructions, say) are left alone. Rows are read as a stream and no further than {@link RawTables#MAX_ROWS}.
 */
final class WorkbookTables {

    /**
     * The most a workbook may inflate to, all its parts together. A tracker of a few thousand rows is a few megabytes;
     * a small file can hold gigabytes of repeated XML (millions of empty rows), which is refused unread.
     */
    static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;

    /** Date formats have day, month or year codes outside quoted text and [colour] or [$locale] parts. */
    private static final Pattern DATE_CODES = Pattern.compile("[dmy]");
    private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\[[^]]*]");

    private WorkbookTables() {
    }

    static RawTables read(byte[] workbook) {
        RawTables tables = new RawTables();
        if (!compressedAsWorkbooksAre(workbook)) {
            tables.error(new ImportError("workbook", null, null, "import.file.unreadable"));
            return tables;
        }
        if (inflatesBeyondLimit(workbook)) {
            tables.error(new ImportError("workbook", null, null, "import.file.inflates-too-much",
                    MAX_INFLATED_BYTES / (1024 * 1024)));
            return tables;
        }
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook), new ReadingOptions(true, false))) {
            for (TrackerTable table : TrackerTable.values()) {
                Optional<Sheet> sheet = book.findSheet(table.sheet());
                if (sheet.isEmpty()) {
                    tables.error(new ImportError(table.sheet(), null, null, "import.sheet.missing", table.sheet()));
                } else {
                    try (Stream<Row> rows = sheet.get().openStream()) {
                        read(table, rows.iterator(), tables);
                    }
                }
            }
        } catch (IOException | RuntimeException notAWorkbook) {
            // the reader fails in many ways on a file that is not an XLSX workbook; all of them mean the same
            tables.error(new ImportError("workbook", null, null, "import.file.unreadable"));
        }
        return tables;
    }

    /**
     * Whether every part in the zip's central directory is stored or deflated, as in every XLSX workbook. The
     * workbook reader would otherwise try the decoder the part names (Zstandard, XZ…), whose library is not here and
     * whose absence is an Error, not a refusal.
     */
    private static boolean compressedAsWorkbooksAre(byte[] workbook) {
        try (ZipFile parts = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get()) {
            return Collections.list(parts.getEntries()).stream()
                    .allMatch(part -> part.getMethod() == ZipEntry.STORED || part.getMethod() == ZipEntry.DEFLATED);
        } catch (IOException | RuntimeException notAZip) {
            // the workbook reader refuses what is not a zip in its own words: unreadable
            return true;
        }
    }

    /**
     * Whether the workbook's parts together inflate to more than {@link #MAX_INFLATED_BYTES}: counted as a stream,
     * before the workbook reader opens it, and no further than the limit.
     */
    private static boolean inflatesBeyondLimit(byte[] workbook) {
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            while (parts.getNextEntry() != null) {
                for (int read = parts.read(buffer); read >= 0; read = parts.read(buffer)) {
                    inflated += read;
                    if (inflated > MAX_INFLATED_BYTES) {
                        return true;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            // a part name that is not UTF-8 is an IllegalArgumentException; the workbook reader says it cannot be read
            return false;
        }
        return false;
    }

    private static void read(TrackerTable table, Iterator<Row> rows, RawTables tables) {
        Row first = rows.hasNext() ? rows.next() : null;
        if (first == null || first.getRowNum() != 1) {
            tables.checkHeader(table, List.of());
            return;
        }
        List<String> header = first.stream()
                .map(cell -> cell == null ? "" : text(cell).strip().toLowerCase(Locale.ROOT)).toList();
        List<String> named = header.stream().filter(name -> !name.isEmpty()).toList();
        if (!tables.checkHeader(table, named)) {
            return;
        }
        List<RawRow> read = new ArrayList<>();
        for (int count = 0; rows.hasNext(); count++) {
            if (count == RawTables.MAX_ROWS) {
                tables.tooManyRows(table);
                return;
            }
            row(header, rows.next()).ifPresent(read::add);
        }
        tables.add(table, read);
    }

    private static Optional<RawRow> row(List<String> header, Row row) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < Math.min(header.size(), row.getCellCount()); i++) {
            Cell cell = row.getCell(i);
            String value = cell == null ? "" : text(cell).strip();
            if (!value.isEmpty() && !header.get(i).isEmpty()) {
                cells.put(header.get(i), value);
            }
        }
        return cells.isEmpty() ? Optional.empty() : Optional.of(new RawRow(row.getRowNum(), cells));
    }

    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            return isDate(cell) ? cell.asDate().toLocalDate().toString()
                    : ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return Boolean.TRUE.equals(cell.asBoolean()) ? "yes" : "no";
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    private static boolean isDate(Cell cell) {
        String format = cell.getDataFormatString();
        return format != null && DATE_CODES.matcher(LITERALS.matcher(format.toLowerCase(Locale.ROOT)).replaceAll(""))
                .find();
    }
}
