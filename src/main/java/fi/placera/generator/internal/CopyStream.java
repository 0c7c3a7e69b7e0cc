package fi.placera.generator.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The rows of one table, streamed into PostgreSQL with COPY in PostgreSQL's text format: values are added
 * to a small buffer that is sent whenever it fills, so no table is ever held in memory whole. Prints the
 * table's progress every couple of seconds.
 */
final class CopyStream implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 16;
    private static final long REPORT_EVERY_NANOS = 2_000_000_000L;

    private final CopyIn copy;
    private final Table table;
    private final PrintStream out;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private final long startedAt = System.nanoTime();
    private long reportedAt = startedAt;
    private long rows;
    private boolean firstValue = true;

    CopyStream(CopyManager copies, Table table, PrintStream out) throws SQLException {
        this.copy = copies.copyIn(table.copy);
        this.table = table;
        this.out = out;
    }

    CopyStream text(String value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    CopyStream id(UUID value) {
        return literal(value);
    }

    CopyStream date(LocalDate value) {
        return literal(value);
    }

    CopyStream instant(Instant value) {
        return literal(value);
    }

    CopyStream number(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    /** A value whose text form PostgreSQL reads as it is: a decimal, a time, a boolean. */
    CopyStream literal(Object value) {
        separate();
        buffer.append(value == null ? "\\N" : value.toString());
        return this;
    }

    CopyStream flag(boolean value) {
        return literal(value ? "t" : "f");
    }

    /** A text[] of plain words (enum names), which need no quoting. */
    CopyStream words(Collection<String> values) {
        return literal("{" + String.join(",", values) + "}");
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        firstValue = true;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
            reportNow(false);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
        reportNow(true);
    }

    private void separate() {
        if (!firstValue) {
            buffer.append('\t');
        }
        firstValue = false;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private void reportNow(boolean done) {
        long now = System.nanoTime();
        if (!done && now - reportedAt < REPORT_EVERY_NANOS) {
            return;
        }
        reportedAt = now;
        double seconds = Math.max(1e-9, (now - startedAt) / 1e9);
        out.printf("  %-26s %,12d rows %,10.0f rows/s%s%n", table.name, rows, rows / seconds, done ? "  done" : "");
    }
}
