package fi.placera.portal.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * exported. As machine-readable JSON and as a PDF.
 */
@Service
public class ClientDataExport {

    /** Tables with client data that are not exported as rows, and why. The coverage test holds this list to account. */
    public static final Map<String, String> EXCLUDED = Map.of(
            "access_log", "given as the section \"who has read or received my data\": every row of the last two years "
                    + "with when, organisation, role, kind of data, purpose and outcome, staff named as the area's policy says",
            "client_invite", "hashes of one-time invitation links: credentials, not information about the client; the "
                    + "account they created is in client_account");

    /** Columns never exported, whatever table they are in. */
    private static final Set<String> CREDENTIAL_COLUMNS = Set.of("password_hash", "secret", "token_hash", "code_hash");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json;

    ClientDataExport(JdbcClient jdbc, Clock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
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

    /** The client's data, table by table (excluded tables left out), rows as column-value maps. */
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> tables(UUID clientId) {
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        for (Source source : sources()) {
            if (!EXCLUDED.containsKey(source.table())) {
                tables.put(source.table(), rowsOf(source, clientId));
            }
        }
        return tables;
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
        return jdbc.sql(sql).param("client", clientId).query().listOfRows().stream().map(ClientDataExport::plain).toList();
    }

    /** The whole export as JSON: when it was made, the tables, and the access-log section. */
    public byte[] json(UUID clientId, List<WhoReadMyData.Line> accessLog) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        export.put("clientId", clientId.toString());
        export.put("tables", tables(clientId));
        export.put("accessLog", accessLog);
        export.put("notExportedAsRows", EXCLUDED);
        try {
            return json.writeValueAsBytes(export);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same as a PDF: one heading per table, each row as "column: value" lines. */
    public byte[] pdf(UUID clientId, List<WhoReadMyData.Line> accessLog, String title, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        Font heading = new Font(Font.HELVETICA, 12, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 9);
        document.add(new Paragraph(title, new Font(Font.HELVETICA, 16, Font.BOLD)));
        document.add(new Paragraph(clock.instant().toString(), body));
        tables(clientId).forEach((table, rows) -> {
            document.add(new Paragraph(table + " (" + rows.size() + ")", heading));
            for (Map<String, Object> row : rows) {
                StringBuilder text = new StringBuilder();
                row.forEach((column, value) -> text.append(column).append(": ").append(value).append('\n'));
                document.add(new Paragraph(text.toString(), body));
            }
        });
        document.add(new Paragraph("access_log (" + accessLog.size() + ")", heading));
        for (WhoReadMyData.Line line : accessLog) {
            document.add(new Paragraph(line.occurredAt() + " " + (line.name() == null ? "" : line.name() + ", ")
                    + line.role() + ", " + line.organisation() + ": " + line.dataKind() + ", " + line.action() + " "
                    + line.outcome() + ", " + line.purpose(), body));
        }
        document.close();
        return out.toByteArray();
    }

    /** Values as JSON and PDF show them: times as ISO text, PostgreSQL types as their text; credentials left out. */
    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (!CREDENTIAL_COLUMNS.contains(column)) {
                plain.put(column, plainValue(value));
            }
        });
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
