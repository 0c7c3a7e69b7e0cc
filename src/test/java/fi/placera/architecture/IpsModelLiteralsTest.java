package fi.placera.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every number of the IPS model has one home, {@code fi.placera.platform.IpsModel} (decision 0056): no Java (with
 * the SQL of its text blocks) and no migration repeats one of the model's known literals. Comments may name the
 * numbers; code may not. The patterns are narrow on purpose — each says how a rule's number was written before it
 * moved — so that a failure names a repeated rule, not a coincidence.
 */
class IpsModelLiteralsTest {

    private static final Path SOURCES = Path.of("src/main/java/fi/placera");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path HOME = SOURCES.resolve("platform/IpsModel.java");

    /** The names a constant of the model had; such a constant declared with a number outside the home repeats it. */
    private static final String MODEL_NAMES = "CASELOAD|RAPID_SEARCH|FACE_TO_FACE|CONTACT|MILESTONE|REVIEW_MONTH|SUPPORT(?!S)"
            + "|MONTHLY|COUNSELLING|COUNTS_FROM|DUE_DAYS|OUTREACH|UNREACHABLE|THRESHOLD|COACHES|ATTENDANCE|AGENCY|BANDS";

    /** Each rule's literals as they were written, by the rule's name. */
    private static final Map<String, Pattern> LITERALS = Map.ofEntries(
            Map.entry("a model constant outside IpsModel",
                    Pattern.compile("static\\s+final\\s+int\\s+\\w*(" + MODEL_NAMES + ")\\w*\\s*=\\s*\\d+\\s*;")),
            Map.entry("an interface constant of the model",
                    Pattern.compile("^\\s*int\\s+\\w*(" + MODEL_NAMES + ")\\w*\\s*=\\s*\\d+\\s*;")),
            Map.entry("S1 caseload per FTE", Pattern.compile(
                    "(?i)fte\\)?\\s*\\*\\s*20\\b|valueOf\\(20\\)|active_clients\\s+between\\s+0\\s+and\\s+20")),
            Map.entry("plan review months", Pattern.compile(
                    "\\(?\\b3\\)?\\s*,\\s*\\(?6\\)?\\s*,\\s*\\(?12\\b|(?i)interval\\s+'(3|6|12)\\s+months?'")),
            Map.entry("V4 first employer contact days", Pattern.compile(
                    "(?i)(plus|minus)Days\\((25|30)\\)|interval\\s+'(25|30)\\s+days?'|:\\w*day\\w*\\s*-\\s*(25|30)\\b")),
            Map.entry("V12 support and V14 outreach days", Pattern.compile(
                    "(?i)(plus|minus)Days\\((3|7)\\)|(plus|minus)Weeks\\(4\\)|week\\s*<=\\s*4\\b|month\\s*<=\\s*12\\b")),
            Map.entry("V1 counselling windows", Pattern.compile("minusDays\\((60|90)\\)")),
            Map.entry("small cells", Pattern.compile("\"<5\"|(?i)count\\(\\*\\)\\s*(<|>=)\\s*5\\b")),
            Map.entry("benchmark bands", Pattern.compile("BigDecimal\\(\"0\\.(31|41)\"\\)")));

    /**
     * Literals that stay, each with its reason: applied migrations cannot change (Flyway checksums), so the ones
     * whose rule moved say where it went.
     */
    private static final Map<String, String> ALLOWED = Map.of(
            "V9__create_caseload.sql: S1 caseload per FTE", "the check is replaced by V71",
            "V12__create_action_plan.sql: plan review months", "the check is dropped by V72",
            "V68__publish_planning_support_meetings_evaluation_fidelity_facts.sql: plan review months",
            "the view is replaced by V72's function taking the months",
            "CalendarPeriods.java: plan review months", "calendar periods of 3, 6 and 12 months (quarter, half, year),"
                    + " the outcome report's periods, not plan reviews");

    @Test
    void everyNumberOfTheModelIsWrittenOnlyInIpsModel() throws IOException {
        List<String> found = new ArrayList<>();
        Set<String> allowedUsed = new TreeSet<>();
        for (Path file : files()) {
            List<String> lines = Files.readAllLines(file);
            for (int n = 0; n < lines.size(); n++) {
                for (String rule : rulesBrokenBy(lines.get(n))) {
                    String key = file.getFileName() + ": " + rule;
                    if (ALLOWED.containsKey(key)) {
                        allowedUsed.add(key);
                    } else {
                        found.add(file + ":" + (n + 1) + " " + rule + ": " + lines.get(n).strip());
                    }
                }
            }
        }
        assertThat(found).as("IPS model literals outside IpsModel (name the constant of IpsModel instead)").isEmpty();
        assertThat(allowedUsed).as("allowed literals that are no longer there (remove them from ALLOWED)")
                .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void eachRuleFindsTheLiteralItWasWrittenWith() {
        assertThat(rulesBrokenBy("    static final int FULL_TIME_CASELOAD = 20;")).contains("a model constant outside IpsModel");
        assertThat(rulesBrokenBy("    static final int ATTEMPTS_BEFORE_UNREACHABLE = 3;"))
                .contains("a model constant outside IpsModel");
        assertThat(rulesBrokenBy("    int WEEKLY_FACE_TO_FACE_TARGET = 6;")).contains("an interface constant of the model");
        assertThat(rulesBrokenBy("select floor(m.fte * 20)::int from x")).contains("S1 caseload per FTE");
        assertThat(rulesBrokenBy("    check (active_clients between 0 and 20)")).contains("S1 caseload per FTE");
        assertThat(rulesBrokenBy("from action_plan p cross join (values (3), (6), (12)) as m(months)"))
                .contains("plan review months");
        assertThat(rulesBrokenBy("List<Integer> MILESTONES = List.of(3, 6, 12);")).contains("plan review months");
        assertThat(rulesBrokenBy("(ep.enrolled_on + interval '6 months')::date")).contains("plan review months");
        assertThat(rulesBrokenBy("return agreedOn.plusDays(30);")).contains("V4 first employer contact days");
        assertThat(rulesBrokenBy("and ec.contacted_on between :day - 30 and :day)")).contains("V4 first employer contact days");
        assertThat(rulesBrokenBy("lastAttempt.plusDays(7);")).contains("V12 support and V14 outreach days");
        assertThat(rulesBrokenBy("for (int week = 1; week <= 4; week++) {")).contains("V12 support and V14 outreach days");
        assertThat(rulesBrokenBy("agreement.agreedOn().minusDays(90)")).contains("V1 counselling windows");
        assertThat(rulesBrokenBy("String SUPPRESSED = \"<5\";")).contains("small cells");
        assertThat(rulesBrokenBy("having count(*) >= 5")).contains("small cells");
        assertThat(rulesBrokenBy("List.of(new BigDecimal(\"0.31\"))")).contains("benchmark bands");
        assertThat(rulesBrokenBy("// at most 20 per FTE: fte * 20")).as("comments may name the numbers").isEmpty();
        assertThat(rulesBrokenBy("start.plusDays(IpsModel.SUPPORT_DAYS_BEFORE_START)")).isEmpty();
    }

    private static List<String> rulesBrokenBy(String line) {
        String code = line.strip();
        if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//") || code.startsWith("--")) {
            return List.of();
        }
        return LITERALS.entrySet().stream().filter(rule -> rule.getValue().matcher(line).find())
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> java = Files.walk(SOURCES); Stream<Path> sql = Files.list(MIGRATIONS)) {
            return Stream.concat(java.filter(file -> file.toString().endsWith(".java") && !file.equals(HOME)),
                    sql.filter(file -> file.toString().endsWith(".sql"))).sorted().toList();
        }
    }
}
