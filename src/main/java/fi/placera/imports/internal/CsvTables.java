package fi.placera.imports.internal;

import fi.placera.imports.ImportError;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the tables from CSV files: UTF-8 (a byte order mark is allowed, anything not UTF-8 is one clear
 * error), comma-separated, a header row, quoted cells may hold commas and line breaks.
 */
final class CsvTables {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTables() {
    }

    static RawTables read(Map<String, byte[]> files) {
        RawTables tables = new RawTables();
        for (TrackerTable table : TrackerTable.values()) {
            byte[] content = files.get(table.fileName());
            if (content == null) {
                tables.error(new ImportError(table.sheet(), null, null, "import.file.missing", table.fileName()));
            } else {
                text(table, content, tables).ifPresent(text -> parse(table, text, tables));
            }
        }
        return tables;
    }

    private static Optional<String> text(TrackerTable table, byte[] content, RawTables tables) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return Optional.of(!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
        } catch (CharacterCodingException notUtf8) {
            tables.error(new ImportError(table.sheet(), null, null, "import.file.encoding", table.fileName()));
            return Optional.empty();
        }
    }

    private static void parse(TrackerTable table, String text, RawTables tables) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames().stream().map(name -> name.strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (!tables.checkHeader(table, header)) {
                return;
            }
            List<RawRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > RawTables.MAX_ROWS) {
                    tables.tooManyRows(table);
                    return;
                }
                row(table, header, record, tables).ifPresent(rows::add);
            }
            tables.add(table, rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException malformed) {
            // an unterminated quote or a repeated column name: the file cannot be read as a table
            tables.error(new ImportError(table.sheet(), null, null, "import.file.malformed", table.fileName()));
        }
    }

    private static Optional<RawRow> row(TrackerTable table, List<String> header, CSVRecord record, RawTables tables) {
        int number = (int) record.getRecordNumber() + 1;
        if (record.size() > header.size()) {
            tables.error(new ImportError(table.sheet(), number, null, "import.row.too-many-cells", header.size()));
            return Optional.empty();
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                cells.put(header.get(i), record.get(i).strip());
            }
        }
        return cells.isEmpty() ? Optional.empty() : Optional.of(new RawRow(number, cells));
    }
}
