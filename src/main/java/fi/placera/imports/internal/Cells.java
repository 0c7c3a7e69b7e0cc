package fi.placera.imports.internal;

import fi.placera.imports.ImportError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cells of one row read as values; a cell that is not what its column holds adds an error naming the
 * table, row and column, and reads as no value so that checking goes on and finds the row's other errors.
 */
final class Cells {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> YES = Set.of("yes", "kyllä", "ja");
    private static final Set<String> NO = Set.of("no", "ei", "nej");

    private final TrackerTable table;
    private final RawRow row;
    private final List<ImportError> errors;
    private final LocalDate today;

    Cells(TrackerTable table, RawRow row, List<ImportError> errors, LocalDate today) {
        this.table = table;
        this.row = row;
        this.errors = errors;
        this.today = today;
    }

    int row() {
        return row.number();
    }

    /** The raw text, or null when the cell is empty. */
    String raw(String column) {
        return row.cell(column);
    }

    String text(String column, int maxLength) {
        String text = row.cell(column);
        if (text != null && text.length() > maxLength) {
            error(column, "import.value.too-long", maxLength);
            return null;
        }
        return text;
    }

    String requiredText(String column, int maxLength) {
        return present(column) ? text(column, maxLength) : null;
    }

    /** A day, YYYY-MM-DD, that has come (a tracker records what happened). */
    LocalDate date(String column) {
        String text = row.cell(column);
        if (text == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text, DATE);
            if (day.isAfter(today)) {
                error(column, "import.date.future", text);
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            error(column, "import.date.format", text);
            return null;
        }
    }

    LocalDate requiredDate(String column) {
        return present(column) ? date(column) : null;
    }

    /** yes/no, also kyllä/ei and ja/nej, in any case; null when empty or not one of them. */
    Boolean yesNo(String column) {
        String text = row.cell(column);
        if (text == null) {
            return null;
        }
        String word = text.toLowerCase(Locale.ROOT);
        if (YES.contains(word) || NO.contains(word)) {
            return YES.contains(word);
        }
        error(column, "import.yes-no", text);
        return null;
    }

    Boolean requiredYesNo(String column) {
        return present(column) ? yesNo(column) : null;
    }

    /** A decimal number (a comma as the decimal sign too), or null when empty or not a number. */
    BigDecimal decimal(String column) {
        String text = row.cell(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            error(column, "import.number", text);
            return null;
        }
    }

    Integer integer(String column) {
        BigDecimal number = decimal(column);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            error(column, "import.number", raw(column));
            return null;
        }
    }

    void error(String column, String reason, Object... arguments) {
        errors.add(new ImportError(table.sheet(), row.number(), column, reason, arguments));
    }

    private boolean present(String column) {
        if (row.cell(column) == null) {
            error(column, "import.value.required");
            return false;
        }
        return true;
    }
}
