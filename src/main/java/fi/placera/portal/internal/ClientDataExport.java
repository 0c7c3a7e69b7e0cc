package fi.placera.portal.internal;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.postgresql.util.PGobject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A copy of everything Placera holds on one client (GDPR art. 15 and 20), generated from the schema so that no table
 * is missed: the {@code client} row, every table with a {@code client_id} column, and every table that hangs by a
 * single-column foreign key from one of those (an action plan's versions, a request's events). A table is left out
 * only when it is in {@link #EXCLUDED} with the reason; credentials (password hashes, secrets, token hashes) are never
 * exported. As machine-readable JSON (complete, with what each field means) and as a PDF for the person to read
 * ({@link ReadableCopy}).
 */
@Service
public class ClientDataExport {

    private static final String KEPT_FACT = "a kept fact (decision 0087): derived by triggers from the client's "
            + "referral, agreement, service end and coach rows, which are exported; a second copy of the same facts";

    /** Tables with client data that are not exported as rows, and why. The coverage test holds this list to account. */
    public static final Map<String, String> EXCLUDED = Map.of(
            "access_log", "given as the section \"who has read or received my data\": every row of the last two years "
                    + "with when, organisation, role, kind of data, purpose and outcome, staff named as the area's policy says",
            "client_invite", "hashes of one-time invitation links: credentials, not information about the client; the "
                    + "account they created is in client_account",
            "clients_facts_episode", KEPT_FACT,
            "clients_facts_phase", KEPT_FACT);

    /** Columns never exported, whatever table they are in. */
    private static final Set<String> CREDENTIAL_COLUMNS = Set.of("password_hash", "secret", "token_hash", "code_hash");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json;
    private final ReadableCopy readable;

    ClientDataExport(JdbcClient jdbc, Clock clock, ObjectMapper json, ReadableCopy readable) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.readable = readable;
    }

    /** How one table is reached from the client: directly by client_id, or through a parent table that has it. */
    public record Source(String table, String column, String parentTable, String parentColumn) {

        public boolean direct() {
            return parentTable == null;
        }
    }

    /** Every table with client data as the schema says today, with how it is reached, sorted by name. */
    public List<Source> sources() {
        List<String> direct = jdbc.sql("""
                        select table_name from information_schema.columns
                        where table_schema = current_schema() and column_name = 'client_id'
                          and table_name in (select table_name from information_schema.tables
                                             where table_schema = current_schema() and table_type = 'BASE TABLE')
                        order by table_name""")
                .query(String.class).list();
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("client", "id", null, null));
        direct.forEach(table -> sources.add(new Source(table, "client_id", null, null)));
        for (ForeignKey key : singleColumnForeignKeys()) {
            if (direct.contains(key.parentTable()) && !direct.contains(key.table()) && !"client".equals(key.table())
                    && sources.stream().noneMatch(source -> source.table().equals(key.table()))) {
                sources.add(new Source(key.table(), key.column(), key.parentTable(), key.parentColumn()));
            }
        }
        sources.sort(java.util.Comparator.comparing(Source::table));
        return sources;
    }

    /** Every single-column foreign key of the schema: table.column references parentTable.parentColumn. */
    public List<ForeignKey> singleColumnForeignKeys() {
        return jdbc.sql("""
                        select child.relname as child_table, child_column.attname as child_column,
                               parent.relname as parent_table, parent_column.attname as parent_column
                        from pg_constraint c
                        join pg_class child on child.oid = c.conrelid
                        join pg_class parent on parent.oid = c.confrelid
                        join pg_namespace n on n.oid = child.relnamespace
                        join pg_attribute child_column on child_column.attrelid = c.conrelid and child_column.attnum = c.conkey[1]
                        join pg_attribute parent_column on parent_column.attrelid = c.confrelid and parent_column.attnum = c.confkey[1]
                        where c.contype = 'f' and cardinality(c.conkey) = 1 and n.nspname = current_schema()
                        order by 1, 2""")
                .query((rs, row) -> new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** A foreign key from one column to another table's column. */
    public record ForeignKey(String table, String column, String parentTable, String parentColumn) {
    }

    /** The client's data, table by table (excluded tables left out), rows as column-value maps of plain values. */
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> tables(UUID clientId) {
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        rows(clientId).forEach((table, rows) -> tables.put(table, rows.stream().map(ClientDataExport::plain).toList()));
        return tables;
    }

    /** The same rows with values as the database gives them (dates, times, arrays), credentials left out. */
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> rows(UUID clientId) {
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        for (Source source : sources()) {
            if (!EXCLUDED.containsKey(source.table())) {
                tables.put(source.table(), rowsOf(source, clientId).stream().map(ClientDataExport::withoutCredentials)
                        .toList());
            }
        }
        return tables;
    }

    /** Each exported table's columns in the schema's order, with their types. */
    private Map<String, Map<String, String>> columns() {
        Map<String, Map<String, String>> columns = new TreeMap<>();
        sources().stream().map(Source::table).filter(table -> !EXCLUDED.containsKey(table))
                .forEach(table -> columns.put(table, new LinkedHashMap<>()));
        jdbc.sql("""
                        select table_name, column_name, data_type from information_schema.columns
                        where table_schema = current_schema() order by table_name, ordinal_position""")
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list()
                .forEach(column -> {
                    if (columns.containsKey(column.get(0)) && !CREDENTIAL_COLUMNS.contains(column.get(1))) {
                        columns.get(column.get(0)).put(column.get(1), column.get(2));
                    }
                });
        return columns;
    }

    private List<Map<String, Object>> rowsOf(Source source, UUID clientId) {
        String sql;
        if (source.direct()) {
            // sql-reviewed: table and column names come from the database's own catalogue, quoted; the client is a parameter
            sql = "select t.* from " + quoted(source.table()) + " t where t." + quoted(source.column()) + " = :client";
        } else {
            // sql-reviewed: table and column names come from the database's own catalogue, quoted; the client is a parameter
            sql = "select t.* from " + quoted(source.table()) + " t join " + quoted(source.parentTable()) + " p on t."
                    + quoted(source.column()) + " = p." + quoted(source.parentColumn()) + " where p.client_id = :client";
        }
        return jdbc.sql(sql).param("client", clientId).query().listOfRows();
    }

    /**
     * The whole export as JSON: when it was made, the tables, the access-log section, and what each field means in
     * the reader's language.
     */
    public byte[] json(UUID clientId, List<WhoReadMyData.Line> accessLog, Locale locale) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        export.put("clientId", clientId.toString());
        export.put("tables", tables(clientId));
        export.put("accessLog", accessLog);
        export.put("notExportedAsRows", EXCLUDED);
        export.put("fields", readable.fields(columns(), locale));
        return json.writeValueAsBytes(export);
    }

    /** The same data as a document for the person to read, in their language. */
    public byte[] pdf(UUID clientId, List<WhoReadMyData.Line> accessLog, String title, Locale locale) {
        return readable.pdf(rows(clientId), singleColumnForeignKeys(), accessLog, title, locale);
    }

    private static Map<String, Object> withoutCredentials(Map<String, Object> row) {
        Map<String, Object> kept = new LinkedHashMap<>(row);
        kept.keySet().removeAll(CREDENTIAL_COLUMNS);
        return kept;
    }

    /** Values as JSON shows them: times as ISO text, PostgreSQL types as their text. */
    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> plain.put(column, plainValue(value)));
        return plain;
    }

    private static Object plainValue(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof PGobject object) {
            return object.getValue();
        }
        if (value instanceof Array array) {
            try {
                return java.util.Arrays.stream((Object[]) array.getArray()).map(ClientDataExport::plainValue).toList();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value.toString();
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
