package fi.placera.imports.internal;

import java.util.Map;

/** A row as read from a table: its row number (the header is row 1) and its non-empty cells by column. */
record RawRow(int number, Map<String, String> cells) {

    RawRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, or null when the cell is empty (an empty cell is no value). */
    String cell(String column) {
        return cells.get(column);
    }
}
