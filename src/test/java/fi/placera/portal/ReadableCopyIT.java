package fi.placera.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import fi.placera.audit.AccessAction;
import fi.placera.audit.AccessOutcome;
import fi.placera.portal.internal.ClientDataExport;
import fi.placera.portal.internal.ReadableCopy;
import fi.placera.portal.internal.WhoReadMyData;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PdfText;
import fi.placera.testing.PlaceraIT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The client's copy as a person reads it: every table of the JSON copy has its place in a section of the PDF, every
 * field and every code has words in Finnish, Swedish and English (checked against the schema, so that a new table,
 * column or code fails here until it has them), and a Swedish client's copy reads in Swedish with her name in any
 * script, dates as 6.12.2026 and no identifiers, codes, table names or null.
 */
@PlaceraIT
class ReadableCopyIT {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"),
            Locale.forLanguageTag("en"));
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Pattern UUID_PATTERN = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern CODE_VALUE = Pattern.compile("'([^']+)'::text");

    @Autowired ClientDataExport export;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired ObjectMapper json;
    @Autowired Given given;

    private Set<String> exportedTables() {
        return export.sources().stream().map(ClientDataExport.Source::table)
                .filter(table -> !ClientDataExport.EXCLUDED.containsKey(table)).collect(Collectors.toCollection(TreeSet::new));
    }

    private List<String> missing(String key) {
        return LANGUAGES.stream().filter(locale -> messages.getMessage(key, null, null, locale) == null)
                .map(locale -> key + " (" + locale + ")").toList();
    }

    /** The codes a column may hold as its check constraints list them: a list of values, or one value. */
    private Set<String> codesOf(String table, String column) {
        Pattern condition = Pattern.compile("\\(" + column + " (?:= ANY \\(ARRAY\\[([^\\]]*)\\]|<@ ARRAY\\[([^\\]]*)\\]"
                + "|= ('[^']*'::text))");
        Set<String> codes = new TreeSet<>();
        jdbc.sql("""
                        select pg_get_constraintdef(c.oid) from pg_constraint c join pg_class t on t.oid = c.conrelid
                        join pg_namespace n on n.oid = t.relnamespace
                        where n.nspname = current_schema() and t.relname = ? and c.contype = 'c'""")
                .param(table).query(String.class).list().forEach(definition -> {
                    Matcher found = condition.matcher(definition);
                    while (found.find()) {
                        for (int group = 1; group <= 3; group++) {
                            if (found.group(group) != null) {
                                Matcher value = CODE_VALUE.matcher(found.group(group));
                                while (value.find()) {
                                    codes.add(value.group(1));
                                }
                            }
                        }
                    }
                });
        return codes;
    }

    @Test
    void everyExportedTableHasASectionAndEveryFieldAndCodeHasWordsInEveryLanguage() {
        Set<String> placed = ReadableCopy.SECTIONS.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        assertThat(placed).as("tables placed in the readable copy").containsAll(exportedTables());
        List<String> missing = new ArrayList<>();
        ReadableCopy.SECTIONS.keySet().forEach(section -> missing.addAll(missing("copy.section." + section)));
        for (String table : exportedTables()) {
            missing.addAll(missing("copy.table." + table));
            jdbc.sql("""
                            select column_name, data_type from information_schema.columns
                            where table_schema = current_schema() and table_name = ?""")
                    .param(table).query((rs, row) -> List.of(rs.getString(1), rs.getString(2))).list()
                    .forEach(column -> {
                        String name = column.get(0);
                        boolean shown = !ReadableCopy.BOOKKEEPING.contains(name) && !"bytea".equals(column.get(1))
                                && !"uuid".equals(column.get(1));
                        if (shown) {
                            missing.addAll(missing("copy.field." + name));
                        }
                        Set<String> codes = codesOf(table, name);
                        if (!codes.isEmpty() && shown) {
                            String prefix = ReadableCopy.CODES.get(table + "." + name);
                            assertThat(prefix).as("how the codes of " + table + "." + name + " are translated").isNotNull();
                            codes.forEach(code -> missing.addAll(missing(prefix + code)));
                        }
                    });
        }
        assertThat(missing).as("texts the readable copy needs").isEmpty();
    }

    /** The employer, the team and the coach are read through their modules' published facts (decision 0057). */
    @Test
    void linkedRecordsAreShownByTheNamesTheirOwnersPublish() throws Exception {
        String coach = users.newCoach();
        UUID employer = given.employer("Kahvila Kokeilu");
        UUID client = given.client(coach).agreedOn("6.12.2025").working(employer, "2.1.2026").create();
        String team = jdbc.sql("select name from ips_team where id = ?::uuid").param(Given.DEMO_TEAM)
                .query(String.class).single();
        String coachName = jdbc.sql("""
                        select s.first_name from staff_member s join user_account a on a.staff_member_id = s.id
                        where a.username = ?""").param(coach).query(String.class).single();

        String text = PdfText.of(export.pdf(client, List.of(), "Omat tietoni", Locale.forLanguageTag("fi")));

        assertThat(text).contains("Kahvila Kokeilu", team, coachName);
    }

    @Test
    void aSwedishClientReadsHerCopyInSwedishWithHerNameDatesAndNoIdsCodesTablesOrNull() throws Exception {
        String coach = users.newCoach();
        UUID client = UUID.randomUUID();
        mvc.perform(post("/clients").with(users.as(coach)).with(csrf()).param("id", client.toString())
                .param("firstName", "Áile Ánnámáret").param("lastName", "Niillasdóttir").param("preferredLanguage", "sv")
                .param("ipsTeamId", "6a1f0000-0000-4000-8000-000000000001"));
        mvc.perform(post("/clients/" + client + "/agreement").with(users.as(coach)).with(csrf())
                .param("agreedOn", "6.12.2025").param("howAgreed", "PAPER_SIGNATURE"));
        String goals = "Arbete tillsammans med Мария Иванова, مريم och Nguyễn Thị Ánh";
        mvc.perform(post("/clients/" + client + "/plan").with(users.as(coach)).with(csrf())
                .param("startedOn", "2.1.2026").param("goals", goals));
        assertThat(jdbc.sql("select goals from action_plan where client_id = ?").param(client).query(String.class)
                .single()).isEqualTo(goals);
        List<WhoReadMyData.Line> log = List.of(new WhoReadMyData.Line(Instant.parse("2026-01-02T10:15:00Z"), "Pohjanmaa",
                "COACH", "Nguyễn Thị Ánh", "ACTION_PLAN", "client record", AccessAction.VIEW, AccessOutcome.GRANTED,
                false, null, null));

        byte[] pdf = export.pdf(client, log, "Mina uppgifter i Placera", SWEDISH);
        String text = PdfText.of(pdf);
        assertThat(text).contains("Mina uppgifter i Placera", "Mina uppgifter", "Min plan", "Mina samtycken",
                "Mitt arbete och mina studier", "Mina enkäter", "Vem har läst mina uppgifter");
        // first and last name are two fields; the other names are in the goals and the access log
        assertThat(text).contains("Áile Ánnámáret", "Niillasdóttir").contains(PdfText.NAMES.subList(1, 4));
        assertThat(text).contains("Förnamn", "Samarbetsavtal", "6.12.2025", "2.1.2026", "Överenskommet",
                messages.getMessage("consent.how.PAPER_SIGNATURE", null, SWEDISH), "svenska",
                "2.1.2026 12.15: Nguyễn Thị Ánh, ");
        // every table of the JSON copy has its own heading in the PDF
        for (String table : exportedTables()) {
            assertThat(text).contains(messages.getMessage("copy.table." + table, null, SWEDISH));
        }
        assertThat(UUID_PATTERN.matcher(text).find()).as("a UUID in the copy").isFalse();
        assertThat(text).doesNotContainIgnoringCase("null").doesNotContain("PAPER_SIGNATURE", "COACH", "ACTION_PLAN",
                "VIEW", "GRANTED", "6a1f0000");
        for (String table : exportedTables()) {
            if (table.contains("_")) {
                assertThat(text).as("table names").doesNotContain(table);
            }
        }
        Set<String> allCodes = new TreeSet<>();
        ReadableCopy.CODES.keySet().forEach(column -> allCodes.addAll(codesOf(column.substring(0, column.indexOf('.')),
                column.substring(column.indexOf('.') + 1))));
        assertThat(allCodes).contains("PAPER_SIGNATURE", "FIXED_TERM");
        for (String code : allCodes.stream().filter(code -> code.matches("[A-Z][A-Z0-9_]+")).toList()) {
            assertThat(Pattern.compile("\\b" + code + "\\b").matcher(text).find()).as("the code " + code).isFalse();
        }

        // the JSON copy keeps everything as stored and says what each field means, in the reader's language
        JsonNode copy = json.readTree(export.json(client, log, SWEDISH));
        assertThat(copy.get("tables").get("cooperation_agreement").get(0).get("how_agreed").asString())
                .isEqualTo("PAPER_SIGNATURE");
        assertThat(copy.get("fields").get("about").asString()).contains("\"tables\"", "\"fields\"");
        JsonNode fields = copy.get("fields").get("tables");
        assertThat(fields.get("job").get("columns").get("hours_per_week").asString()).isEqualTo("Timmar per vecka");
        assertThat(fields.get("job").get("columns").get("idempotency_key").asString()).contains("Placeras egen bokföring");
        copy.get("tables").propertyNames().forEach(table -> assertThat(fields.has(table)).as(table).isTrue());
    }
}
