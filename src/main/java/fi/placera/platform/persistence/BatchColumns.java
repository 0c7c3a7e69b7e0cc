package fi.placera.platform.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A batch's values of one column as a text array, for one statement per table and batch instead of one per row:
 * {@code insert into t (a, b) select * from unnest(?::uuid[], ?::date[])}. Text is what the driver sends an array
 * as without asking the server for its types; the statement casts each array to its column's type (a statement
 * trigger then runs once for the whole batch).
 */
public final class BatchColumns {

    private BatchColumns() {
    }

    /** The column's values, nothing as null; numbers written out in full. */
    public static <T> String[] of(List<T> rows, Function<T, ?> column) {
        return rows.stream().map(column).map(BatchColumns::text).toArray(String[]::new);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }
}
