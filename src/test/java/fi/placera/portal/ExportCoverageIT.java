package fi.placera.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import fi.placera.portal.internal.ClientDataExport;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

/**
 * PR1: the copy of a client's data covers every table that holds client data, found from the schema independently of
 * the export: by a client_id column, by a foreign key to the client under any column name, by any uuid column named
 * after clients, and by foreign keys from those tables, to any depth. A table is covered when the export reads it or
 * the exclusion list names it with a reason.
 */
@PlaceraIT
class ExportCoverageIT {

    @Autowired ClientDataExport export;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired ObjectMapper json;
    @Autowired @FlywayDataSource DataSource migrations;

    /** The tables holding client data, as the catalogue says, without asking the export. */
    private Set<String> tablesWithClientData() {
        Set<String> tables = new TreeSet<>(jdbc.sql("""
                        select c.table_name from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and (c.column_name = 'client_id' or (c.data_type = 'uuid' and c.column_name like '%client%'))""")
                .query(String.class).list());
        tables.add("client");
        List<ClientDataExport.ForeignKey> keys = jdbc.sql("""
                        select child.relname, parent.relname from pg_constraint c
                        join pg_class child on child.oid = c.conrelid
                        join pg_class parent on parent.oid = c.confrelid
                        join pg_namespace n on n.oid = child.relnamespace
                        where c.contype = 'f' and n.nspname = current_schema()""")
                .query((rs, row) -> new ClientDataExport.ForeignKey(rs.getString(1), null, rs.getString(2), null)).list();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ClientDataExport.ForeignKey key : keys) {
                if (tables.contains(key.parentTable()) && tables.add(key.table())) {
                    grew = true;
                }
            }
        }
        return tables;
    }

    private Set<String> uncovered(Set<String> tables) {
        Set<String> covered = export.sources().stream().map(ClientDataExport.Source::table).collect(Collectors.toSet());
        covered.addAll(ClientDataExport.EXCLUDED.keySet());
        return tables.stream().filter(table -> !covered.contains(table)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyTableWithClientDataIsExportedOrExcludedWithAReason() {
        Set<String> tables = tablesWithClientData();
        assertThat(tables).contains("client", "consent", "action_plan", "action_plan_version", "access_log",
                "client_comment", "rights_request_event");
        assertThat(uncovered(tables)).as("tables with client data that the export misses").isEmpty();
        ClientDataExport.EXCLUDED.forEach((table, reason) -> {
            assertThat(tables).as("an exclusion names a table that holds client data").contains(table);
            assertThat(reason).as("the reason for leaving out " + table).hasSizeGreaterThan(30);
        });
    }

    @Test
    void aNewTableWithClientDataUnderAnotherNameOrTwoStepsAwayFailsTheCheck() {
        // the application may not change the schema; the schema owner (who runs the migrations) adds and drops them
        JdbcClient owner = JdbcClient.create(migrations);
        try {
            owner.sql("create table probe_person_note (id uuid primary key, person uuid references client (id))").update();
            owner.sql("""
                    create table probe_plan_attachment (id uuid primary key, version_plan uuid, version integer,
                        foreign key (version_plan, version) references action_plan_version (plan_id, version))""").update();
            owner.sql("""
                    create table probe_attachment_page (id uuid primary key,
                        attachment uuid references probe_plan_attachment (id))""").update();
            assertThat(uncovered(tablesWithClientData()))
                    .containsExactly("probe_attachment_page", "probe_person_note", "probe_plan_attachment");
        } finally {
            owner.sql("drop table if exists probe_attachment_page, probe_plan_attachment, probe_person_note").update();
        }
    }

    @Test
    void theExportHoldsTheClientsOwnRowsFromEveryKindOfTableAndNothingOfOthers() throws Exception {
        String coach = users.newCoach();
        UUID mine = client(coach, "Oma tavoite vientiin");
        UUID other = client(coach, "Toisen tavoite");
        long started = System.nanoTime();
        byte[] bytes = export.json(mine, List.of(), java.util.Locale.forLanguageTag("fi"));
        assertThat((System.nanoTime() - started) / 1_000_000_000.0).as("seconds").isLessThan(30);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains(mine.toString()).contains("Oma tavoite vientiin").doesNotContain(other.toString())
                .doesNotContain("Toisen tavoite").doesNotContain("password_hash");
        JsonNode tables = json.readTree(bytes).get("tables");
        assertThat(tables.get("client")).hasSize(1);
        assertThat(tables.get("action_plan").get(0).get("goals").asString()).isEqualTo("Oma tavoite vientiin");
        assertThat(tables.get("action_plan_version")).as("reached through the plan").hasSize(1);
        assertThat(tables.get("cooperation_agreement")).hasSize(1);
        assertThat(tables.has("access_log")).as("given as its own section").isFalse();
        byte[] pdf = export.pdf(mine, List.of(), "Placera", java.util.Locale.forLanguageTag("fi"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private UUID client(String coach, String goals) throws Exception {
        return given.client(coach).named("Vilja", "Vienti").agreedOn("2.1.2026", "PAPER_SIGNATURE").plan(goals, null)
                .create();
    }
}
