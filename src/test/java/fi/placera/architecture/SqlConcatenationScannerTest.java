package fi.placera.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlConcatenationScannerTest {

    private static List<String> scan(String source) {
        List<String> findings = new ArrayList<>();
        SqlConcatenationScanner.scan(Path.of("Example.java"), source, findings);
        return findings;
    }

    @Test
    void concatenatedSqlIsFound() {
        assertThat(scan("jdbc.sql(\"select * from client where name = '\" + name + \"'\").query();")).hasSize(1);
        assertThat(scan("jdbc.sql(\"\"\"\n select * from %s \"\"\".formatted(table)).query();")).hasSize(1);
        assertThat(scan("statement.execute(\"drop table \" + table);")).hasSize(1);
    }

    @Test
    void parameterisedSqlAndPlusInsideLiteralsPass() {
        assertThat(scan("jdbc.sql(\"select a + b from t where id = ?\").param(id).query();")).isEmpty();
        assertThat(scan("jdbc.sql(\"\"\"\n select \"x\" + 1 from t \"\"\").query();")).isEmpty();
        assertThat(scan("repository.update(account.withName(name), 1);")).isEmpty();
        assertThat(scan("jdbc.sql(\"select id from t\").query((RowCallbackHandler) rs -> count[0]++);")).isEmpty();
    }

    @Test
    void aReviewedLineIsAllowed() {
        assertThat(scan("// sql-reviewed: name is generated, never input\nstatement.execute(\"create database \" + name);"))
                .isEmpty();
    }
}
