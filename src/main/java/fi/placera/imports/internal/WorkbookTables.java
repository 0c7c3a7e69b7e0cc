package fi.placera.imports.internal;

import fi.placera.imports.ImportError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the tables from the sheets of one XLSX workbook, the header in row 1. Cells become the text a CSV file
 * would hold: a date-formatted number becomes YYYY-MM-DD, a number its plain digits, TRUE/FALSE yes/no. Other
 * sheets (instructions, say) are left alone.
 */
final class WorkbookTables {

    /** Date formats have day, month or year codes outside quoted text and [colour] or [$locale] parts. */
    private static final Pattern DATE_CODES = Pattern.compile("[dmy]");
    private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\[[^]]*]");

    private WorkbookTables() {
    }

    static RawTables read(byte[] workbook) {
        RawTables tables = new RawTables();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook), new ReadingOptions(true, false))) {
            for (TrackerTable table : TrackerTable.values()) {
                Optional<Sheet> sheet = book.findSheet(table.sheet());
                if (sheet.isEmpty()) {
                    tables.error(new ImportError(table.sheet(), null, null, "import.sheet.missing", table.sheet()));
                } else {
                    read(table, sheet.get().read(), tables);
                }
            }
        } catch (IOException | RuntimeException notAWorkbook) {
            // the reader fails in many ways on a file that is not an XLSX workbook; all of them mean the same
            tables.error(new ImportError("workbook", null, null, "import.file.unreadable"));
        }
        return tables;
    }

    private static void read(TrackerTable table, List<Row> rows, RawTables tables) {
        if (rows.isEmpty() || rows.get(0).getRowNum() != 1) {
            tables.checkHeader(table, List.of());
            return;
        }
        List<String> header = rows.get(0).stream()
                .map(cell -> cell == null ? "" : text(cell).strip().toLowerCase(Locale.ROOT)).toList();
        List<String> named = header.stream().filter(name -> !name.isEmpty()).toList();
        if (!tables.checkHeader(table, named)) {
            return;
        }
        tables.add(table, rows.stream().skip(1).map(row -> row(header, row)).flatMap(Optional::stream).toList());
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
