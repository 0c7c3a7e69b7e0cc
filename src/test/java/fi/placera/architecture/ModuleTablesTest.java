package fi.placera.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's tables are its own (architecture.md): the SQL in a module's Java (text blocks and string literals) names
 * only the module's own tables and the facts other modules publish, the views {@code <module>_facts_<what>} that the
 * owning module defines in its migrations over its own tables (decision 0049). Each table's owner is written below;
 * the tables themselves are read from the migrations' {@code create table}, so a new table without an owner fails.
 */
class ModuleTablesTest {

    private static final Path SOURCES = Path.of("src/main/java/fi/placera");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Who owns each table: the module that writes it. */
    private static final Map<String, String> OWNERS = owners(
            "platform: event_publication shedlock database_origin records_change records_change_count",
            "organisation: welfare_area ips_team ips_team_membership care_team care_team_membership staff_member",
            "identity: spring_session spring_session_attributes user_account account_role login_throttle mfa_credential mfa_recovery_code break_glass_access kept_input"
                    + " mfa_email mfa_email_code account_setup_link client_account client_invite"
                    + " area_sign_in_provider account_provider_link area_client_sign_in_provider area_integration",
            "audit: access_log access_log_seal admin_change record_revision",
            "clients: client area_handover client_arrival coach_caseload referral outreach_attempt service_end client_correction coach_assignment client_wait"
                    + " team_transfer client_contact clients_facts_episode clients_facts_phase",
            "notifications: mail_outbox",
            "consent: consent cooperation_agreement",
            "planning: action_plan action_plan_review action_plan_version benefits_counselling counselling_due"
                    + " vocational_profile profile_meeting disclosure_discussion",
            "employers: employer employer_agreement employer_contact job_lead",
            "jobs: job job_terms_change study",
            "support: support_contact support_due support_tapering support_end",
            "meetings: care_team_meeting care_team_meeting_item care_team_agenda_item team_meeting team_meeting_action"
                    + " team_meeting_attendee team_meeting_job_lead agency_contact client_meeting appointment",
            "steering: steering_group steering_member steering_meeting steering_action",
            "worktime: coach_time",
            "imports: client_external_ref",
            "fidelity: fidelity_scale fidelity_item fidelity_item_text fidelity_band fidelity_review"
                    + " fidelity_review_item fidelity_reviewer fidelity_reviewer_score",
            "portal: client_comment client_comment_reply client_restriction client_withdrawal rights_request rights_request_event",
            "evaluation: evaluation_instrument evaluation_programme evaluation_timepoint evaluation_link"
                    + " evaluation_response evaluation_answer evaluation_self_report evaluation_self_report_part evaluation_team_cost"
                    + " evaluation_crisis_contact evaluation_safety_alert",
            "research: research_study research_study_area research_study_evaluator research_extract"
                    + " research_disclosure",
            "statutory: accessibility_feedback privacy_notice_contact");

    /** What a module may name of another's tables although it is not a published fact, each with its reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "generator -> *", "synthetic data: writes every module's tables with COPY, as a restore would");


    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    /** A published fact: {@code create view <module>_facts_<what> as <body>;} or a function of that name. */
    private static final Pattern FACT = Pattern.compile(
            "create\\s+(?:or\\s+replace\\s+)?(?:view|function)\\s+([a-z]+)_facts_([a-z0-9_]+)(.*?)(?:;\\s*$|\\$\\$;)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL | Pattern.MULTILINE);
    /** A name where SQL names a table: after from, join, into, update, or a comma in a from list. */
    private static final Pattern TABLE_NAME = Pattern.compile(
            "\\b(?:from|join|into|update|delete\\s+from|table)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableHasAnOwningModule() throws IOException {
        assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(tablesOfTheMigrations());
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTablesAndPublishedFacts() throws IOException {
        Map<String, Set<String>> references = crossModuleReferences();
        System.out.printf("Cross-module table references: %d (%d allowed)%n", references.size(), ALLOWED.size());
        references.forEach((reference, files) -> System.out.println("  " + reference + " " + files));
        assertThat(references.keySet()).as("SQL naming another module's table instead of a published fact")
                .isEmpty();
        assertThat(ALLOWED).as("the allow-list stays short (decision 0049)").hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void aPublishedFactNamesOnlyItsModulesTablesAndOtherFacts() throws IOException {
        Map<String, Set<String>> foreign = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher view = FACT.matcher(Files.readString(file));
                while (view.find()) {
                    String module = view.group(1);
                    assertThat(OWNERS.values()).as("the module publishing %s", view.group()).contains(module);
                    tablesNamedInSql(view.group(3)).stream()
                            .filter(table -> OWNERS.containsKey(table) && !OWNERS.get(table).equals(module)
                                    && !isKeptFact(table))
                            .forEach(table -> foreign.computeIfAbsent(view.group(1) + "_facts_" + view.group(2),
                                    fact -> new TreeSet<>()).add(table));
                }
            }
        }
        assertThat(foreign).isEmpty();
    }

    @Test
    void theCheckFindsAnotherModulesTableInATextBlockButNotInAnSqlString() {
        String source = "String sql = \"\"\"\n    select * from employer_contact ec join jobs_facts_job j\n"
                + "    where ec.mode = 'from client'\"\"\"; String text = \"moved into care\";";
        assertThat(tablesNamedIn(source)).contains("employer_contact", "jobs_facts_job").doesNotContain("client");
        assertThat(tablesNamedIn(source).stream().filter(OWNERS::containsKey)).containsExactly("employer_contact");
    }

    @Test
    void aFactKeptAsATableIsReadLikeAFactButTheTableItComesFromIsNot() {
        assertThat(isKeptFact("clients_facts_episode")).isTrue();
        assertThat(isKeptFact("service_end")).isFalse();
        assertThat(isKeptFact("cooperation_agreement")).isFalse();
    }

    /** Every {@code module -> table} where a module's SQL names another module's table, with the files. */
    static Map<String, Set<String>> crossModuleReferences() throws IOException {
        Map<String, Set<String>> references = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                for (String table : tablesNamedIn(Files.readString(file))) {
                    String owner = OWNERS.get(table);
                    String reference = module + " -> " + table;
                    if (owner != null && !owner.equals(module) && !isKeptFact(table) && !ALLOWED.containsKey(reference)
                            && !ALLOWED.containsKey(module + " -> *")) {
                        references.computeIfAbsent(reference, r -> new TreeSet<>()).add(file.getFileName().toString());
                    }
                }
            }
        }
        return references;
    }

    /** A published fact kept as a table (decision 0087): named {@code <owner>_facts_<what>}, read like its view was. */
    static boolean isKeptFact(String table) {
        return OWNERS.containsKey(table) && table.startsWith(OWNERS.get(table) + "_facts_");
    }

    /** The tables named in the SQL of a Java source: its text blocks and string literals. */
    static Set<String> tablesNamedIn(String source) {
        Set<String> tables = new TreeSet<>();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            tables.addAll(tablesNamedInSql(literal.group(1) != null ? literal.group(1) : literal.group(2)));
        }
        return tables;
    }

    /** The tables named in SQL text, leaving out its string constants and comments. */
    static Set<String> tablesNamedInSql(String sql) {
        Set<String> tables = new TreeSet<>();
        Matcher name = TABLE_NAME.matcher(sql.replaceAll("'[^']*'", "''").replaceAll("--[^\\n]*", ""));
        while (name.find()) {
            tables.add(name.group(1).toLowerCase());
        }
        return tables;
    }

    private static Set<String> tablesOfTheMigrations() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher create = CREATE_TABLE.matcher(Files.readString(file));
                while (create.find()) {
                    tables.add(create.group(1).toLowerCase());
                }
            }
        }
        return tables;
    }

    private static Map<String, String> owners(String... modules) {
        Map<String, String> owners = new TreeMap<>();
        for (String line : modules) {
            String module = line.substring(0, line.indexOf(':'));
            Arrays.stream(line.substring(line.indexOf(':') + 1).trim().split("\\s+"))
                    .forEach(table -> owners.put(table, module));
        }
        return owners;
    }
}
