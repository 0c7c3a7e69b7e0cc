package fi.placera.research.internal;

import fi.placera.research.internal.ExtractTables.Column;
import fi.placera.research.internal.ExtractTables.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Parquet files from the extract's CSV files, written by an in-process DuckDB (decision 0024): the CSV is read with
 * the codebook's types (never guessed) and written as Parquet with ZSTD compression.
 *
 * <p>A {@link Conversion} converts each table as soon as its CSV is complete, on a thread of its own, while the
 * extract goes on reading the next table from PostgreSQL: the two overlap instead of adding up (PF-export). DuckDB
 * itself runs with one thread, so an extract occupies at most one core for Parquet.
 */
@Component
class ParquetFiles {

    /** Starts a conversion: one DuckDB and one thread, for one extract. */
    Conversion start() {
        try {
            return new Conversion(DriverManager.getConnection("jdbc:duckdb:"));
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB could not be opened", e);
        }
    }

    /** The Parquet conversions of one extract, in the order the tables are submitted. */
    static final class Conversion implements AutoCloseable {

        private final Connection duck;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
            Thread worker = new Thread(work, "research-parquet");
            worker.setDaemon(true);
            worker.setPriority(Thread.MIN_PRIORITY);
            return worker;
        });
        private final List<Future<?>> pending = new ArrayList<>();

        private Conversion(Connection duck) throws SQLException {
            this.duck = duck;
            try (Statement statement = duck.createStatement()) {
                statement.execute("set threads = 1");
            }
        }

        /** Queues the conversion of a complete CSV file of the table. */
        void submit(Path csv, Path parquet, Table table) {
            pending.add(thread.submit(() -> {
                try (Statement statement = duck.createStatement()) {
                    convert(statement, csv, parquet, table);
                }
                return null;
            }));
        }

        /** Waits for every queued conversion; the first failure is thrown. */
        void awaitAll() {
            try {
                for (Future<?> conversion : pending) {
                    conversion.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Parquet conversion interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Parquet conversion failed", e.getCause());
            }
        }

        /** Stops the thread (a conversion still running finishes first) and closes DuckDB. */
        @Override
        public void close() {
            thread.shutdownNow();
            try {
                while (!thread.isTerminated()) {
                    thread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
                }
                duck.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                throw new IllegalStateException("DuckDB could not be closed", e);
            }
        }
    }

    private static void convert(Statement statement, Path csv, Path parquet, Table table) throws SQLException {
        String columns = table.columns().stream()
                .map(column -> "'" + column.name() + "': '" + duckType(column) + "'")
                .collect(Collectors.joining(", ", "{", "}"));
        // the paths are Placera's own (a temporary folder, constant table names), quoted as literals; the column
        // list is the codebook's constant names and types
        // sql-reviewed: no input reaches this statement (see above)
        statement.execute("copy (select * from read_csv(" + literal(csv) + ", header = true, auto_detect = false, delim = ',', "
                + "quote = '\"', escape = '\"', nullstr = '', columns = " + columns + ")) to " + literal(parquet)
                + " (format parquet, compression zstd)");
    }

    private static String duckType(Column column) {
        return switch (column.type()) {
            case PSEUDONYM, CODE -> "VARCHAR";
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case PERSON_DATE, DATE -> "DATE";
        };
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
