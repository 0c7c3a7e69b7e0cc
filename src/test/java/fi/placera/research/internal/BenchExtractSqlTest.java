package fi.placera.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
                """);
        for (ExtractTables.Table table : ExtractTables.ALL) {
            String sql = table.sql().strip()
                    .replace(":from", ":'from'")
                    .replace(":today", ":'today'")
                    .replace(":to", ":'to'")
                    .replace(":unit", ":'unit'")
                    .replace('\n', ' ');
            out.append("\n-- ").append(table.name()).append('\n')
                    .append("copy (").append(sql).append(") to stdout with (format csv, header);\n");
        }
        return out.toString();
    }

    @Test
    void theBenchmarksCopyStatementsAreTheExtractsOwn() throws IOException {
        if (Boolean.getBoolean("research.bench.write")) {
            Files.writeString(FILE, expected(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).isEqualTo(expected());
    }
}
