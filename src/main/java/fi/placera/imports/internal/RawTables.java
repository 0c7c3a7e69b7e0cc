package fi.placera.imports.internal;

import fi.placera.imports.ImportError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The rows of each table as read, and the errors found while reading (encoding, columns, unreadable file). */
final class RawTables {

    /**
     * The most rows a table may have: a team's tracker has hundreds of clients and some thousands of contacts. A
     * file with more (a million empty rows) is refused as soon as it has been read that far.
     */
    static final int MAX_ROWS = 100_000;

    private final Map<TrackerTable, List<RawRow>> rows = new EnumMap<>(TrackerTable.class);
    private final List<ImportError> errors = new ArrayList<>();

    List<RawRow> rows(TrackerTable table) {
        return rows.getOrDefault(table, List.of());
    }

    void add(TrackerTable table, List<RawRow> tableRows) {
        rows.put(table, List.copyOf(tableRows));
    }

    void error(ImportError error) {
        errors.add(error);
    }

    /** The table has more than {@link #MAX_ROWS} rows: one error, and nothing of the table is kept. */
    void tooManyRows(TrackerTable table) {
        errors.add(new ImportError(table.sheet(), null, null, "import.file.too-many-rows", MAX_ROWS));
    }

    List<ImportError> errors() {
        return errors;
    }

    /**
     * Checks a table's header: every column must be one of the table's and the required ones must be there.
     * Returns whether the table can be read.
     */
    boolean checkHeader(TrackerTable table, List<String> header) {
        int before = errors.size();
        header.stream().filter(column -> !table.columns().contains(column))
                .forEach(column -> errors.add(new ImportError(table.sheet(), 1, column, "import.column.unknown")));
        table.required().stream().filter(column -> !header.contains(column))
                .forEach(column -> errors.add(new ImportError(table.sheet(), 1, column, "import.column.missing")));
        return errors.size() == before;
    }
}
