package fi.placera.testing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A checksum of a table's whole content, to prove that a refused request changed nothing. */
@Component
public class TableChecksum {

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
}
