package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.PlaceraIT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Safety alerts are the team's own working record: no SQL view or function (what reporting, fidelity, research and
 * the week pages read), and no code outside the evaluation module, reads the alert table. The one exception is the
 * erasure rule for it (the client's own copy of their data is generated from the schema: the client is the data
 * subject, not outside the team).
 */
@PlaceraIT
class SafetyAlertsStayInTheTeamIT {

    private static final String TABLE = "evaluation_safety_alert";

    @Autowired JdbcClient jdbc;

    @Test
    void noViewOrFunctionReadsTheAlerts() {
        assertThat(jdbc.sql("select count(*) from information_schema.view_table_usage where table_name = ?")
                .param(TABLE).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                        where n.nspname = current_schema() and p.prosrc like '%' || ? || '%'""")
                .param(TABLE).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from pg_matviews where definition like '%' || ? || '%'")
                .param(TABLE).query(Integer.class).single()).isZero();
    }

    @Test
    void noReportExtractOrOtherModuleReadsTheAlerts() throws IOException {
        Path sources = Path.of("src/main/java/fi/placera");
        assertThat(sources).isDirectory();
        List<String> readers;
        try (Stream<Path> files = Files.walk(sources)) {
            readers = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains(TABLE))
                    .map(file -> sources.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> !file.startsWith("evaluation/"))
                    .toList();
        }
        // erasure removes them; the client's own copy (the right of access) names them in the client's words
        assertThat(readers).containsExactlyInAnyOrder("portal/internal/ErasureRules.java",
                "portal/internal/ReadableCopy.java");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
