package fi.placera.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.platform.IpsModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * bench/sql/extract-copy.sql is what the export benchmark (bench/export.sh) runs as PostgreSQL COPY to compare
 * with the extract: the extract's own statements, with psql variables for the parameters. This test keeps the
 * file equal to ExtractTables, so the comparison is always of the same columns and rows. To rewrite the file after
 * a change of ExtractTables: {@code -Dresearch.bench.write=true}.
 */
class BenchExtractSqlTest {

    private static final Path FILE = Path.of("bench/sql/extract-copy.sql");

    static String expected() {
        StringBuilder out = new StringBuilder("""
                -- Generated from fi.placera.research.internal.ExtractTables by BenchExtractSqlTest: do not edit.
                -- The research extract's statements as COPY ... TO STDOUT (CSV), for bench/export.sh.
                -- psql variables: areas (a list of welfare area ids, e.g. 1,2,3), from, to, today, unit (week or month).

                begin isolation level repeatable read;
                """);
        for (String statement : ExtractTables.PREPARE) {
            out.append(psql(statement)).append(";\n");
        }
        for (ExtractTables.Table table : ExtractTables.ALL) {
            out.append("\n-- ").append(table.name()).append('\n')
                    .append("copy (").append(psql(table.sql())).append(") to stdout with (format csv, header);\n");
        }
        return out.append("\ncommit;\n").toString();
    }

    /**
     * The statement on one line without its comments (a comment would swallow the rest of the line), its parameters
     * as psql variables and the small-cell threshold as the number it is.
     */
    private static String psql(String sql) {
        return sql.replaceAll("(?m)--.*$", "").strip()
                .replace(":small_cell", Integer.toString(IpsModel.SMALL_CELL_THRESHOLD))
                .replace(":from", ":'from'")
                .replace(":today", ":'today'")
                .replace(":to", ":'to'")
                .replace(":unit", ":'unit'")
                .replace('\n', ' ');
    }

    @Test
    void theBenchmarksCopyStatementsAreTheExtractsOwn() throws IOException {
        if (Boolean.getBoolean("research.bench.write")) {
            Files.writeString(FILE, expected(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).isEqualTo(expected());
    }
}
