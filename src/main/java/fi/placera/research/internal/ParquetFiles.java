package fi.placera.research.internal;

import fi.placera.research.internal.ExtractTables.Column;
import fi.placera.research.internal.ExtractTables.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Parquet files from the extract's CSV files, written by an in-process DuckDB (decision 0024): the CSV is read with
 * the codebook's types (never guessed) and written as Parquet with ZSTD compression. DuckDB runs with one thread so
 * an extract leaves the machine's other cores to interactive users.
 */
@Component
class ParquetFiles {

    /** Converts every table's CSV in the folder's csv/ to parquet/, with one DuckDB for all of them. */
    void convertAll(Path folder, List<Table> tables) {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement()) {
            statement.execute("set threads = 1");
            for (Table table : tables) {
                convert(statement, folder.resolve("csv").resolve(table.name() + ".csv"),
                        folder.resolve("parquet").resolve(table.name() + ".parquet"), table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Parquet conversion failed", e);
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

    static String duckType(Column column) {
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
