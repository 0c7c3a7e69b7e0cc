package fi.placera.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A checksum of a table's whole content, to prove that a refused request changed nothing. */
@Component
public class TableChecksum {

    /**
     * Tables written by the machinery of every request or in the background, not by the routes' handlers (kept_input:
     * a form that arrived after its session ended, decision 0063; records_change and its count: the version of the
     * records that kept figures read, which a statement on those tables counts even when it changes no row, and which
     * is folded in the background, decision 0091).
     */
    public static final Set<String> MACHINERY = Set.of("access_log", "access_log_seal", "spring_session",
            "spring_session_attributes", "login_throttle", "shedlock", "research_extract",
            "flyway_schema_history", "kept_input", "records_change", "records_change_count");

    private final JdbcClient jdbc;

    TableChecksum(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String of(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        // table names come from test code and are checked above, never from input
        return jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t")
                .query(String.class).single();
    }

    /** The checksums of these tables together: a refused walk leaves the record's table and its history alike. */
    public String of(String table, String... more) {
        StringBuilder sums = new StringBuilder(of(table));
        for (String next : more) {
            sums.append(of(next));
        }
        return sums.toString();
    }

    /** Every table of the schema but the {@link #MACHINERY}'s, with its checksum. */
    public Map<String, String> ofEveryTable() {
        Map<String, String> sums = new LinkedHashMap<>();
        jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")
                .query(String.class).list().stream().filter(table -> !MACHINERY.contains(table))
                .forEach(table -> sums.put(table, of(table)));
        return sums;
    }
}
