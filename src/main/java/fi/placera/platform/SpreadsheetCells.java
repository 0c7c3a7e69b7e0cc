package fi.placera.platform;

/**
 * Text cells of the CSV and XLSX files Placera writes (decision 0032): a cell that a spreadsheet would read as a
 * formula — beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return — gets a leading
 * single quote, as OWASP advises against CSV injection. Only text goes through here: numbers are written as numbers,
 * so {@code -3} stays a number.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /**
     * A value for a CSV cell: text neutralised, anything else (a number, a date, a yes/no) as it prints, nothing as
     * an empty cell.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof CharSequence text ? text(text.toString()) : value.toString();
    }

    /** The text as a spreadsheet shows it and never runs it; null stays null. */
    public static String text(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
