package fi.placera.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Rejection;
import fi.placera.reporting.Outcomes;
import fi.placera.research.internal.Disclosures;
import fi.placera.research.internal.ExtractVerifier;
import fi.placera.research.internal.Extracts;
import fi.placera.research.internal.Pseudonyms;
import fi.placera.research.internal.StudyKeys;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12's "done when": pseudonyms stable within a study and different across studies, exclusion after a
 * withdrawal, every file of an extract (CSV and Parquet read back) free of identity codes, names, phone numbers and
 * e-mails, the extract's counts equal to the outcome report, the refusals, the linkage file gone after its one
 * delivery, and a disclosure row for every delivery with the delivered file's SHA-256.
 */
@PlaceraIT
class ResearchExtractIT {

    /** A Finnish personal identity code (henkilötunnus) anywhere in a text. */
    static final Pattern HETU = Pattern.compile("\\d{6}[-+A-FYXWVU]\\d{3}[0-9A-Y]");
    static final Pattern PHONE = Pattern.compile("\\b0\\d{2} ?\\d{6,7}\\b");
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");

    @Autowired
    Studies studies;
    @Autowired
    Extracts extracts;
    @Autowired
    Disclosures disclosures;
    @Autowired
    ExtractVerifier verifier;
    @Autowired
    StudyKeys keys;
    @Autowired
    Outcomes outcomes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestTeams teams;
    @Autowired
    DemoUsers users;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    MockMvc mvc;
    /** Where extracts are written: per test fork (the build runs two), so read from the configuration. */
    @Value("${placera.research.work-dir}")
    Path work;

    PlaceraUser evaluator;
    PlaceraUser admin;
    ResearchFixture fixture;
    LocalDate today;

    @BeforeEach
    void fixture() {
        evaluator = (PlaceraUser) accounts.loadUserByUsername("evaluator");
        admin = (PlaceraUser) accounts.loadUserByUsername("admin");
        fixture = new ResearchFixture(jdbc, teams);
        today = fixture.team.today();
        UUID a = fixture.client(300, true, LocalDate.of(1985, 3, 14));
        UUID b = fixture.client(200, true, LocalDate.of(2001, 11, 2));
        UUID c = fixture.client(100, true, LocalDate.of(1970, 1, 30));
        UUID d = fixture.client(40, true, LocalDate.of(1990, 7, 7));
        fixture.client(50, false, LocalDate.of(1995, 5, 5)); // no research consent: never in an extract
        UUID f = fixture.client(500, true, LocalDate.of(1960, 12, 24));
        fixture.job(a, 200, null, true);
        fixture.job(b, 150, 60, true);
        fixture.job(b, 30, null, false);
        fixture.job(c, 20, null, true);
        fixture.employerContact(a, 250, "FACE_TO_FACE");
        fixture.employerContact(a, 249, "PHONE");
        fixture.employerContact(c, 50, "FACE_TO_FACE");
        fixture.supportContact(a, 100);
        fixture.supportContact(b, 90);
        fixture.who5(a, 290);
        fixture.who5(d, 35);
        fixture.serviceEnd(f, 400); // exited before the period: not served, not included
        // issue 27 §5: the coach's referral and background forms (free text that must not leak), the team
        // questionnaires, and people referred who never enrolled
        fixture.answers(a, "REFERRAL", 300, Map.of("diagnosis_group", "F20-F29", "referrer_kind", "MENTAL_HEALTH",
                "referrer", "Dr " + fixture.names.get(0) + " " + fixture.marker));
        fixture.answers(a, "BACKGROUND", 299, Map.of("education", "VOCATIONAL", "benefit", "DISABILITY_PENSION",
                "symptom_level", "3", "work_history", "worked for " + fixture.marker,
                "support_needs", "calls 040 1112223"));
        fixture.teamAnswers("COACH_SURVEY", List.of(4, 4, 5, 3, 4));
        fixture.teamAnswers("EMPLOYER_FEEDBACK", List.of(5, 5, 5, 5)); // four answers: below the small-cell threshold
        fixture.referredOnly(100, true, true, LocalDate.of(1975, 8, 19));
        fixture.referredOnly(60, false, true, LocalDate.of(1968, 2, 27));
        fixture.referredOnly(80, true, false, LocalDate.of(1999, 9, 9)); // no research consent
    }

    private Study study(String name, boolean linkage, Study.DateHandling dates) {
        return studies.create(new Studies.NewStudy(name + " " + fixture.marker, List.of((short) 17),
                today.minusDays(364), today, linkage ? Study.Basis.PERMIT : Study.Basis.CONSENT, "THL/123/2026",
                dates, linkage, linkage ? "Findata TTP" : null, List.of("evaluator")), admin);
    }

    private Extracts.Job finished(Extracts.Job job) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Extracts.Job now = extracts.find(job.id()).orElseThrow();
            if (now.finished()) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not finish: " + job.id());
    }

    private byte[] download(Extracts.Job job, String user) throws Exception {
        return mvc.perform(get("/research/extracts/" + job.id() + "/download").with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** Every file of the zip as text; Parquet files read back with DuckDB, every value as text. */
    private static Map<String, String> contents(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        Path folder = Files.createTempDirectory("extract-test");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".parquet")) {
                    Path file = folder.resolve(entry.getName().replace('/', '_'));
                    Files.write(file, bytes);
                    files.put(entry.getName(), parquetText(file));
                } else {
                    files.put(entry.getName(), new String(bytes, StandardCharsets.UTF_8));
                }
            }
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(folder);
        }
        return files;
    }

    private static String parquetText(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement();
                // sql-reviewed: a temporary file of this test
                ResultSet rs = statement.executeQuery("select * from read_parquet('" + file + "')")) {
            int columns = rs.getMetaData().getColumnCount();
            for (int i = 1; i <= columns; i++) {
                text.append(rs.getMetaData().getColumnName(i)).append(i < columns ? "," : "\n");
            }
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    text.append(rs.getString(i)).append(i < columns ? "," : "\n");
                }
            }
        }
        return text.toString();
    }

    private static List<CSVRecord> csv(Map<String, String> files, String table) throws IOException {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(files.get("csv/" + table + ".csv")))) {
            return parser.getRecords();
        }
    }

    @Test
    void everyFileOfAnExtractIsFreeOfIdentityCodesNamesAndContactDetails() throws Exception {
        Study study = study("Scan", false, Study.DateHandling.SHIFT);
        Extracts.Job job = finished(extracts.requestExtract(study, List.of((short) 17), evaluator));
        assertThat(job.state()).isEqualTo(Extracts.State.READY);
        Map<String, String> files = contents(download(job, "evaluator"));

        assertThat(files.keySet()).contains("codebook.csv", "manifest.csv", "import.R", "import.do", "import.sps",
                "csv/enrolments.csv", "parquet/enrolments.parquet", "csv/questionnaire_scores.csv",
                "parquet/team_costs.parquet", "csv/referrals.csv", "csv/background.csv",
                "csv/questionnaire_items.csv", "parquet/team_questionnaires.parquet");
        List<String> hits = new ArrayList<>();
        for (var file : files.entrySet()) {
            String text = file.getValue();
            if (HETU.matcher(text).find()) {
                hits.add(file.getKey() + ": identity code " + HETU.matcher(text).results().findFirst().get().group());
            }
            if (PHONE.matcher(text).find()) {
                hits.add(file.getKey() + ": phone");
            }
            if (EMAIL.matcher(text).find()) {
                hits.add(file.getKey() + ": e-mail");
            }
            if (text.contains(fixture.marker)) {
                hits.add(file.getKey() + ": a fixture name or free text");
            }
            for (String code : fixture.identityCodes) {
                if (text.contains(code) || text.contains(code.substring(0, 6))) {
                    hits.add(file.getKey() + ": a fixture identity code or birth date");
                }
            }
        }
        assertThat(hits).isEmpty();
        // the scan saw real data: the fixture's clients are there, pseudonymised, in CSV and Parquet alike
        List<CSVRecord> enrolments = csv(files, "enrolments").stream()
                .filter(row -> row.get("team").equals(fixture.team.code())).toList();
        assertThat(enrolments).hasSize(4);
        assertThat(enrolments).extracting(row -> row.get("birth_year"))
                .containsExactlyInAnyOrder("1985", "2001", "1970", "1990");
        assertThat(files.get("parquet/enrolments.parquet")).contains(fixture.team.code());
        for (String table : List.of("enrolments", "phases", "employer_contacts", "jobs", "support_contacts",
                "questionnaire_scores", "fidelity_reviews", "team_costs", "referrals", "background",
                "questionnaire_items", "team_questionnaires")) {
            long csvRows = csv(files, table).size();
            long parquetRows = files.get("parquet/" + table + ".parquet").lines().count() - 1;
            assertThat(parquetRows).as(table).isEqualTo(csvRows);
        }
        List<CSVRecord> scores = csv(files, "questionnaire_scores").stream()
                .filter(row -> enrolments.stream().anyMatch(e -> e.get("pseudonym").equals(row.get("pseudonym"))))
                .toList();
        assertThat(scores).extracting(row -> row.get("score") + "=" + row.get("value"))
                .containsExactlyInAnyOrder("total=60", "total=60");
        assertThat(verifier.verify(new ByteArrayInputStream(download(job, "evaluator")))).isGreaterThan(10);
    }

    @Test
    void theExtractsCountsEqualTheOutcomeReportOfTheSamePeriodAndTeam() throws Exception {
        Study study = study("Counts", false, Study.DateHandling.MONTH);
        Extracts.Job job = finished(extracts.requestExtract(study, List.of((short) 17), evaluator));
        Map<String, String> files = contents(download(job, "evaluator"));
        List<CSVRecord> enrolments = csv(files, "enrolments").stream()
                .filter(row -> row.get("team").equals(fixture.team.code())).toList();
        Set<String> ours = enrolments.stream().map(row -> row.get("pseudonym")).collect(Collectors.toSet());
        List<CSVRecord> jobs = csv(files, "jobs").stream().filter(row -> ours.contains(row.get("pseudonym"))).toList();

        // every consenting client of the team was included (the one without consent is the only one left out), so
        // the extract's figures and the outcome report's are over the same people
        Outcomes.Outcome report = outcomes.of(Outcomes.Scope.team(fixture.team.id()), study.from(), study.to());
        int withoutConsent = 1;
        assertThat(enrolments.size()).isEqualTo(report.served() - withoutConsent);
        assertThat(enrolments.stream().filter(row -> row.get("enrolled_in_period").equals("true")).count())
                .isEqualTo(report.enrolled() - withoutConsent);
        assertThat(enrolments.stream().filter(row -> row.get("worked_in_period").equals("true")).count())
                .isEqualTo(report.worked());
        assertThat(jobs.stream().filter(row -> row.get("job_start_in_period").equals("true")).count())
                .isEqualTo(report.jobStarts());
        // issue 27 §5: the new tables count the same people: one background row each, and each enrolment's referral
        assertThat(csv(files, "background").stream().filter(row -> ours.contains(row.get("pseudonym")))).hasSize(
                enrolments.size());
        assertThat(csv(files, "referrals").stream().filter(row -> ours.contains(row.get("pseudonym"))
                && !row.get("enrolled_on").isEmpty())).hasSize(enrolments.size());
        assertThat(report.served()).isEqualTo(5);
        assertThat(report.worked()).isEqualTo(3);
        assertThat(report.jobStarts()).isEqualTo(3);
        // months: every date of a person is the first of its month
        assertThat(enrolments).allSatisfy(row -> assertThat(row.get("enrolled_on")).endsWith("-01"));
    }

    /**
     * Issue 27 §5: background and diagnosis group as the forms group them, item-level answers with their version (no
     * text item), the team questionnaires per team and period with small cells left out, and every referral of the
     * period, the never-enrolled people's included, for exactly the people with a research consent.
     */
    @Test
    void theEvaluationMaterialHasBackgroundItemsTeamQuestionnairesAndEveryReferral() throws Exception {
        Study study = study("Material", false, Study.DateHandling.MONTH);
        Extracts.Job job = finished(extracts.requestExtract(study, List.of((short) 17), evaluator));
        Map<String, String> files = contents(download(job, "evaluator"));
        Pseudonyms key = new Pseudonyms(keys.keyOf(study.id()));
        List<String> people = new ArrayList<>();
        for (int i = 0; i < fixture.clients.size(); i++) {
            people.add(key.pseudonym(Pseudonyms.identity(fixture.clients.get(i), fixture.identityCodes.get(i))));
        }
        String a = people.get(0);

        assertThat(csv(files, "background")).filteredOn(row -> row.get("pseudonym").equals(a)).singleElement()
                .satisfies(row -> assertThat(List.of(row.get("diagnosis_group"), row.get("referrer_kind"),
                        row.get("education"), row.get("main_benefit"), row.get("symptom_level"))).containsExactly(
                                "F20-F29", "MENTAL_HEALTH", "VOCATIONAL", "DISABILITY_PENSION", "3"));
        List<CSVRecord> items = csv(files, "questionnaire_items").stream()
                .filter(row -> row.get("pseudonym").equals(a)).toList();
        assertThat(items).extracting(row -> row.get("instrument") + "/" + row.get("instrument_version") + ":"
                + row.get("item") + "=" + row.get("value") + " " + row.get("item_type")).contains(
                        "REFERRAL/1:diagnosis_group=F20-F29 CHOICE", "BACKGROUND/1:symptom_level=3 SCALE",
                        "WHO-5/1:1=3 SCALE")
                .noneMatch(answer -> answer.contains(":referrer=") || answer.contains(":work_history=")
                        || answer.contains(":support_needs=") || answer.contains(":comment="));

        List<CSVRecord> ourTeam = csv(files, "team_questionnaires").stream()
                .filter(row -> row.get("team").equals(fixture.team.code())).toList();
        assertThat(ourTeam).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("instrument")).isEqualTo("COACH_SURVEY"); // four employer answers: left out
            assertThat(row.get("respondent")).isEqualTo("COACH");
            assertThat(row.get("answers")).isEqualTo("5");
            assertThat(row.get("mean")).isEqualTo("4");
        });

        // a, b, c and d were referred in the period and enrolled; two never enrolled (one ended, one waits); the
        // one without consent and f (referred before the period) are not there
        List<CSVRecord> referrals = csv(files, "referrals").stream()
                .filter(row -> people.contains(row.get("pseudonym"))).toList();
        assertThat(referrals).extracting(row -> people.indexOf(row.get("pseudonym")))
                .containsExactlyInAnyOrder(0, 1, 2, 3, 6, 7);
        assertThat(referrals).filteredOn(row -> people.indexOf(row.get("pseudonym")) < 4)
                .allSatisfy(row -> assertThat(row.get("enrolled_on")).isNotEmpty());
        CSVRecord ended = referrals.stream().filter(row -> row.get("pseudonym").equals(people.get(6))).findFirst()
                .orElseThrow();
        assertThat(List.of(ended.get("enrolled_on"), ended.get("referral_end_reason"), ended.get("waiting_since")))
                .containsExactly("", "UNREACHABLE", "");
        CSVRecord waiting = referrals.stream().filter(row -> row.get("pseudonym").equals(people.get(7))).findFirst()
                .orElseThrow();
        assertThat(waiting.get("waiting_since")).endsWith("-01");
        assertThat(List.of(waiting.get("enrolled_on"), waiting.get("waited_until"))).containsExactly("", "");
        // the never-enrolled appear nowhere else: they are not served
        assertThat(csv(files, "enrolments")).noneMatch(row -> row.get("pseudonym").equals(people.get(6))
                || row.get("pseudonym").equals(people.get(7)));
        assertThat(files.get("import.sps")).contains("GET DATA /TYPE=TXT /FILE='csv/referrals.csv'");
    }

    /**
     * Issue 24 §3 (decision 0082): a client who came back has one enrolments row per episode of the period, numbered,
     * under one pseudonym, and the phases say which episode they belong to; the rows still equal the outcome report's
     * served, which counts each episode.
     */
    @Test
    void aClientWhoCameBackHasOneEnrolmentRowPerEpisodeUnderOnePseudonym() throws Exception {
        UUID client = fixture.clients.get(0);
        fixture.serviceEnd(client, 200);
        fixture.team.send(fixture.coach, "/clients/" + client + "/referral/again", "source", "SELF", "referredOn",
                fixture.team.day(150));
        fixture.team.send(fixture.coach, "/clients/" + client + "/agreement", "agreedOn", fixture.team.day(140),
                "howAgreed", "PAPER_SIGNATURE");
        Study study = study("Episodes", false, Study.DateHandling.MONTH);
        Map<String, String> files = contents(download(finished(extracts.requestExtract(study, List.of((short) 17),
                evaluator)), "evaluator"));
        List<CSVRecord> enrolments = csv(files, "enrolments").stream()
                .filter(row -> row.get("team").equals(fixture.team.code())).toList();
        Map<String, List<String>> episodes = enrolments.stream().collect(Collectors.groupingBy(
                row -> row.get("pseudonym"), Collectors.mapping(row -> row.get("episode"), Collectors.toList())));
        assertThat(episodes.values()).containsOnlyOnce(List.of("1", "2")).hasSize(4);
        String cameBack = episodes.entrySet().stream().filter(entry -> entry.getValue().size() == 2).findFirst()
                .orElseThrow().getKey();
        assertThat(csv(files, "phases").stream().filter(row -> row.get("pseudonym").equals(cameBack))
                .map(row -> row.get("phase") + " " + row.get("episode")).toList())
                .contains("ENROLLED 1", "ENROLLED 2", "SERVICE_ENDED 1", "REFERRED 1", "REFERRED 2");
        int withoutConsent = 1;
        assertThat(enrolments).hasSize(outcomes.of(Outcomes.Scope.team(fixture.team.id()), study.from(), study.to())
                .served() - withoutConsent);
    }

    /** Issue 24 §6: a job voided by the team leader leaves the extract as it leaves the outcome report. */
    @Test
    void aVoidedJobStartLeavesTheExtractAndTheOutcomeReport() throws Exception {
        Study study = study("Void", false, Study.DateHandling.MONTH);
        Outcomes.Scope scope = Outcomes.Scope.team(fixture.team.id());
        assertThat(outcomes.of(scope, study.from(), study.to()).jobStarts()).isEqualTo(3);
        String leader = fixture.team.member("Leader" + fixture.marker, "TEAM_LEADER", "1.0");
        UUID client = fixture.clients.get(2);
        UUID job = jdbc.sql("select id from job where client_id = ?").param(client).query(UUID.class).single();
        mvc.perform(post("/clients/" + client + "/jobs/" + job + "/void").with(users.as(leader)).with(csrf())
                        .param("job", job.toString()).param("version", "0").param("voidReason", "Väärä asiakas"))
                .andExpect(status().is3xxRedirection());
        assertThat(outcomes.of(scope, study.from(), study.to()).jobStarts()).isEqualTo(2);

        Map<String, String> files = contents(download(finished(extracts.requestExtract(study, List.of((short) 17),
                evaluator)), "evaluator"));
        Set<String> ours = csv(files, "enrolments").stream().filter(row -> row.get("team").equals(fixture.team.code()))
                .map(row -> row.get("pseudonym")).collect(Collectors.toSet());
        List<CSVRecord> jobs = csv(files, "jobs").stream().filter(row -> ours.contains(row.get("pseudonym"))).toList();
        // four jobs were recorded, one of them voided; two of the three left started in the period as competitive
        assertThat(jobs).hasSize(3);
        assertThat(jobs.stream().filter(row -> row.get("job_start_in_period").equals("true")).count()).isEqualTo(2);
    }

    @Test
    void aVoidedSupportContactLeavesTheExtract() throws Exception {
        Study study = study("Void support", false, Study.DateHandling.MONTH);
        String leader = fixture.team.member("Tukileader" + fixture.marker, "TEAM_LEADER", "1.0");
        int before = supportContactsOfTeam(study);
        UUID client = fixture.clients.get(0);
        UUID key = jdbc.sql("select idempotency_key from support_contact where client_id = ?").param(client)
                .query(UUID.class).single();
        mvc.perform(post("/clients/" + client + "/support/contacts/" + key + "/void").with(users.as(leader)).with(csrf())
                        .param("contact", key.toString()).param("version", "0").param("voidReason", "Väärä asiakas"))
                .andExpect(status().is3xxRedirection());
        assertThat(supportContactsOfTeam(study)).isEqualTo(before - 1);
    }

    @Test
    void aVoidedResearchConsentTakesTheClientOutOfTheExtract() throws Exception {
        Study study = study("Void consent", false, Study.DateHandling.MONTH);
        String leader = fixture.team.member("Suostumusleader" + fixture.marker, "TEAM_LEADER", "1.0");
        Set<String> before = pseudonymsOfTeam(study);
        UUID client = fixture.clients.get(3);
        UUID consent = jdbc.sql("select id from consent where client_id = ? and kind = 'EVALUATION'").param(client)
                .query(UUID.class).single();
        mvc.perform(post("/clients/" + client + "/consents/" + consent + "/void").with(users.as(leader)).with(csrf())
                        .param("consent", consent.toString()).param("voidReason", "Väärä asiakas"))
                .andExpect(status().is3xxRedirection());
        assertThat(pseudonymsOfTeam(study)).hasSize(before.size() - 1);
    }

    private int supportContactsOfTeam(Study study) throws Exception {
        Map<String, String> files = contents(download(finished(extracts.requestExtract(study, List.of((short) 17),
                evaluator)), "evaluator"));
        Set<String> ours = csv(files, "enrolments").stream().filter(row -> row.get("team").equals(fixture.team.code()))
                .map(row -> row.get("pseudonym")).collect(Collectors.toSet());
        return (int) csv(files, "support_contacts").stream().filter(row -> ours.contains(row.get("pseudonym"))).count();
    }

    @Test
    void pseudonymsAreStableWithinAStudyDifferentAcrossStudiesAndAWithdrawalExcludesTheClient() throws Exception {
        Study first = study("Stable A", false, Study.DateHandling.SHIFT);
        Study second = study("Stable B", false, Study.DateHandling.SHIFT);
        Set<String> once = pseudonymsOfTeam(first);
        Set<String> again = pseudonymsOfTeam(first);
        Set<String> other = pseudonymsOfTeam(second);
        assertThat(once).hasSize(4).isEqualTo(again);
        assertThat(other).hasSize(4).doesNotContainAnyElementsOf(once);

        // the pseudonym is the study key's HMAC of the identity code: the test recomputes it with the key file
        Pseudonyms firstKey = new Pseudonyms(keys.keyOf(first.id()));
        String ofA = firstKey.pseudonym(Pseudonyms.identity(fixture.clients.get(0), fixture.identityCodes.get(0)));
        assertThat(once).contains(ofA);

        fixture.withdrawResearchConsent(fixture.clients.get(0));
        Set<String> afterWithdrawal = pseudonymsOfTeam(first);
        assertThat(afterWithdrawal).hasSize(3).doesNotContain(ofA);
        assertThat(once).containsAll(afterWithdrawal);
    }

    private Set<String> pseudonymsOfTeam(Study study) throws Exception {
        Extracts.Job job = finished(extracts.requestExtract(study, List.of((short) 17), evaluator));
        Map<String, String> files = contents(download(job, "evaluator"));
        return csv(files, "enrolments").stream().filter(row -> row.get("team").equals(fixture.team.code()))
                .map(row -> row.get("pseudonym")).collect(Collectors.toSet());
    }

    @Test
    void aDownloadWritesADisclosureRowWithTheFilesChecksum() throws Exception {
        Study study = study("Trail", false, Study.DateHandling.MONTH);
        Extracts.Job job = finished(extracts.requestExtract(study, List.of((short) 17), evaluator));
        assertThat(disclosures.ofJob(job.id())).isEmpty();
        byte[] zip = download(job, "evaluator");
        var rows = disclosures.ofJob(job.id());
        assertThat(rows).hasSize(1);
        var row = rows.get(0);
        assertThat(row.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip)));
        assertThat(row.clients()).isEqualTo(job.clients()).isGreaterThanOrEqualTo(4);
        assertThat(row.username()).isEqualTo("evaluator");
        assertThat(row.recipient()).contains("evaluator");
        assertThat(row.legalBasis()).isEqualTo("CONSENT: THL/123/2026");
        assertThat(row.areaIds()).containsExactly((short) 17);
        assertThat(disclosures.ofArea((short) 17, 500)).extracting(Disclosures.Disclosure::id).contains(row.id());
        assertThat(disclosures.ofArea((short) 5, 500)).extracting(Disclosures.Disclosure::id).doesNotContain(row.id());
        // the administrator's page lists it
        String page = mvc.perform(get("/research/disclosures").with(users.as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(row.sha256()).contains(study.name());
        // someone not of the study gets nothing, and nothing is written
        mvc.perform(get("/research/extracts/" + job.id() + "/download").with(users.as("manager")))
                .andExpect(status().is4xxClientError());
        assertThat(disclosures.ofJob(job.id())).hasSize(1);
    }

    @Test
    void aLinkageFileGoesOnceToTheTrustedThirdPartyAndIsThenGoneFromPlacera() throws Exception {
        Study study = study("Linkage", true, Study.DateHandling.SHIFT);
        Extracts.Job job = finished(extracts.requestLinkage(study, admin));
        assertThat(job.state()).isEqualTo(Extracts.State.READY);
        Path file = work.resolve(job.fileName());
        assertThat(file).exists();
        // the evaluator cannot take it
        mvc.perform(get("/research/extracts/" + job.id() + "/download").with(users.as("evaluator")))
                .andExpect(status().isNotFound());
        byte[] linkage = download(job, "admin");
        String text = new String(linkage, StandardCharsets.UTF_8);
        Pseudonyms key = new Pseudonyms(keys.keyOf(study.id()));
        for (int i : List.of(0, 1, 2, 3)) {
            assertThat(text).contains(fixture.identityCodes.get(i) + ","
                    + key.pseudonym(Pseudonyms.identity(fixture.clients.get(i), fixture.identityCodes.get(i))));
        }
        assertThat(text).doesNotContain(fixture.identityCodes.get(4)); // no research consent
        assertThat(file).doesNotExist();
        assertThat(extracts.find(job.id()).orElseThrow().state()).isEqualTo(Extracts.State.DELIVERED);
        mvc.perform(get("/research/extracts/" + job.id() + "/download").with(users.as("admin")))
                .andExpect(status().isNotFound());
        var rows = disclosures.ofJob(job.id());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).recipient()).isEqualTo("Findata TTP");
        assertThat(rows.get(0).legalBasis()).isEqualTo("PERMIT: THL/123/2026");
        assertThat(rows.get(0).sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(linkage)));
        assertThat(rows.get(0).kind()).isEqualTo(Extracts.Kind.LINKAGE);
    }

    @Test
    void anExtractBroughtBackIsRecognisedAndAChangedFileIsNamed() throws Exception {
        Study study = study("Checked", false, Study.DateHandling.MONTH);
        Extracts.Job job = finished(extracts.requestExtract(study, List.of((short) 17), evaluator));
        byte[] zip = download(job, "evaluator");

        Document intact = checked("evaluator", zip);
        assertThat(intact.getElementById("verdict").text()).startsWith("Unchanged: all").contains("files match");
        assertThat(intact.getElementById("checksum").text()).isEqualTo(job.sha256());
        assertThat(intact.select("#deliveries tbody tr").eachText()).singleElement().asString()
                .contains(study.name()).contains("evaluator").contains("CONSENT: THL/123/2026");
        // the area's administrator sees the delivery of the area's data too
        assertThat(checked("admin", zip).select("#deliveries tbody tr")).hasSize(1);

        byte[] changed = rewrite(zip, "csv/jobs.csv", text -> text + "x,1,,,,,,,,,\n", false);
        Document tampered = checked("evaluator", changed);
        assertThat(tampered.getElementById("verdict").text()).contains("csv/jobs.csv").contains("changed");
        assertThat(tampered.getElementById("no-delivery")).isNotNull();

        Document none = Jsoup.parse(mvc.perform(multipart("/research/verify").with(users.as("evaluator")).with(csrf())
                .locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(none.getElementById("file-error").text()).isEqualTo("Choose the extract's zip file.");
        mvc.perform(multipart("/research/verify").file(new MockMultipartFile("file", "x.zip", "application/zip", zip))
                .with(users.as("manager")).with(csrf())).andExpect(status().isForbidden());
    }

    private Document checked(String user, byte[] zip) throws Exception {
        return Jsoup.parse(mvc.perform(multipart("/research/verify")
                        .file(new MockMultipartFile("file", "extract.zip", "application/zip", zip))
                        .with(users.as(user)).with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void filesKeptPastTheirTimeAreDeletedAndTheirJobsSaySo() throws Exception {
        Study study = study("Kept", true, Study.DateHandling.MONTH);
        Extracts.Job old = finished(extracts.requestExtract(study, List.of((short) 17), evaluator));
        Extracts.Job fresh = finished(extracts.requestExtract(study, List.of((short) 17), evaluator));
        Extracts.Job linkage = finished(extracts.requestLinkage(study, admin));
        String page = mvc.perform(get("/research/extracts/" + old.id()).with(users.as("evaluator")))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).getElementById("kept-until")).isNotNull();
        // 30 days for an extract, 7 for a linkage file (application.properties)
        age(old, 31);
        age(fresh, 29);
        age(linkage, 8);

        assertThat(extracts.expireOldFiles()).isGreaterThanOrEqualTo(2);

        for (Extracts.Job expired : List.of(old, linkage)) {
            assertThat(work.resolve(expired.fileName())).doesNotExist();
            assertThat(extracts.find(expired.id()).orElseThrow().state()).isEqualTo(Extracts.State.EXPIRED);
        }
        mvc.perform(get("/research/extracts/" + old.id() + "/download").with(users.as("evaluator")))
                .andExpect(status().isNotFound());
        page = mvc.perform(get("/research/extracts/" + old.id()).with(users.as("evaluator")).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).getElementById("expired").text()).contains("deleted");
        assertThat(work.resolve(fresh.fileName())).exists();
        assertThat(extracts.find(fresh.id()).orElseThrow().state()).isEqualTo(Extracts.State.READY);
        assertThat(disclosures.ofJob(fresh.id())).isEmpty();
        download(fresh, "evaluator");
    }

    @Test
    void aRestartFailsUnfinishedJobsAndDeletesWhatTheyWrote() throws Exception {
        Study study = study("Restart", false, Study.DateHandling.MONTH);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into research_extract (id, study_id, kind, area_ids, requested_by, requested_at, state)
                        values (?, ?, 'EXTRACT', '{17}', ?, now() - interval '1 hour', 'RUNNING')""")
                .params(id, study.id(), evaluator.accountId()).update();
        Path partial = Files.writeString(work.resolve("extract-" + id + ".zip"), "partial");
        Path folder = Files.createDirectories(work.resolve("extract-" + id + ".work"));
        Files.writeString(folder.resolve("enrolments.csv"), "pseudonym");

        extracts.failInterrupted();

        Extracts.Job failed = extracts.find(id).orElseThrow();
        assertThat(failed.state()).isEqualTo(Extracts.State.FAILED);
        assertThat(failed.failure()).isEqualTo("research.extract.interrupted");
        assertThat(partial).doesNotExist();
        assertThat(folder).doesNotExist();
    }

    private void age(Extracts.Job job, int days) {
        jdbc.sql("update research_extract set finished_at = finished_at - make_interval(days => ?) where id = ?")
                .params(days, job.id()).update();
    }

    @Test
    void badInputIsRefusedAndNothingIsProduced() throws Exception {
        // a study without a basis, or linkage without a permit
        assertThatThrownBy(() -> studies.create(new Studies.NewStudy("No basis " + fixture.marker, List.of((short) 17),
                today.minusDays(10), today, null, "x", Study.DateHandling.MONTH, false, null, List.of("evaluator")),
                admin)).isInstanceOf(Rejection.class).extracting("field").isEqualTo("basis");
        assertThatThrownBy(() -> studies.create(new Studies.NewStudy("No ref " + fixture.marker, List.of((short) 17),
                today.minusDays(10), today, Study.Basis.PERMIT, " ", Study.DateHandling.MONTH, false, null,
                List.of("evaluator")), admin)).isInstanceOf(Rejection.class).extracting("field")
                .isEqualTo("basisReference");
        assertThatThrownBy(() -> studies.create(new Studies.NewStudy("Consent link " + fixture.marker,
                List.of((short) 17), today.minusDays(10), today, Study.Basis.CONSENT, "x", Study.DateHandling.MONTH,
                true, "TTP", List.of("evaluator")), admin)).isInstanceOf(Rejection.class).extracting("field")
                .isEqualTo("linkagePermitted");
        assertThatThrownBy(() -> studies.create(new Studies.NewStudy("Not evaluator " + fixture.marker,
                List.of((short) 17), today.minusDays(10), today, Study.Basis.CONSENT, "x", Study.DateHandling.MONTH,
                false, null, List.of(fixture.coach)), admin)).isInstanceOf(Rejection.class).extracting("field")
                .isEqualTo("evaluators");

        Study study = study("Refusals", true, Study.DateHandling.SHIFT);
        // an area outside the study
        assertThatThrownBy(() -> extracts.requestExtract(study, List.of((short) 17, (short) 5), evaluator))
                .isInstanceOf(Rejection.class).extracting("messageKey").isEqualTo("research.extract.area-outside-study");
        // the key missing, then too short: refused before anything is queued
        Path key = keys.fileOf(study.id());
        byte[] kept = Files.readAllBytes(key);
        try {
            Files.delete(key);
            assertThatThrownBy(() -> extracts.requestExtract(study, List.of((short) 17), evaluator))
                    .isInstanceOf(Rejection.class).extracting("messageKey").isEqualTo("research.key.missing");
            assertThatThrownBy(() -> extracts.requestLinkage(study, admin))
                    .isInstanceOf(Rejection.class).extracting("messageKey").isEqualTo("research.key.missing");
            Files.write(key, "0123456789abcdef0123456789abcd\n".getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> extracts.requestExtract(study, List.of((short) 17), evaluator))
                    .isInstanceOf(Rejection.class).extracting("messageKey").isEqualTo("research.key.short");
            assertThat(jdbc.sql("select count(*) from research_extract where study_id = ?").param(study.id())
                    .query(Long.class).single()).isZero();
        } finally {
            Files.write(key, kept);
        }
        // the page shows the refusal next to the form, and makes nothing
        Files.delete(key);
        try {
            String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .post("/research/studies/" + study.id() + "/extracts").param("areaIds", "17")
                            .with(users.as("evaluator"))
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                            .header("Accept-Language", "fi"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("pseudonymisointiavain");
        } finally {
            Files.write(key, kept);
        }
        // a tampered codebook: a label changed (even with the manifest rewritten to match) or a file changed
        Extracts.Job job = finished(extracts.requestExtract(study, List.of((short) 17), evaluator));
        byte[] zip = download(job, "evaluator");
        assertThat(verifier.verify(new ByteArrayInputStream(zip))).isPositive();
        byte[] changed = rewrite(zip, "codebook.csv", text -> text.replace("Year of birth", "Birth date"), false);
        assertThatThrownBy(() -> verifier.verify(new ByteArrayInputStream(changed)))
                .isInstanceOf(Rejection.class).extracting("arguments").asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.ARRAY).containsExactly("codebook.csv");
        byte[] resealed = rewrite(zip, "codebook.csv", text -> text.replace("Year of birth", "Birth date"), true);
        assertThatThrownBy(() -> verifier.verify(new ByteArrayInputStream(resealed)))
                .isInstanceOf(Rejection.class).extracting("arguments").asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.ARRAY).containsExactly("codebook.csv");
        byte[] data = rewrite(zip, "csv/jobs.csv", text -> text + "x,1,,,,,,,,,\n", false);
        assertThatThrownBy(() -> verifier.verify(new ByteArrayInputStream(data)))
                .isInstanceOf(Rejection.class).extracting("arguments").asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.ARRAY).containsExactly("csv/jobs.csv");
        // linkage for a study that may not link
        Study noLink = study("No linkage", false, Study.DateHandling.MONTH);
        assertThatThrownBy(() -> extracts.requestLinkage(noLink, admin))
                .isInstanceOf(Rejection.class).extracting("messageKey").isEqualTo("research.linkage.not-permitted");
    }

    /** The zip with one file's text changed; with {@code reseal} the manifest's checksum is changed to match. */
    private static byte[] rewrite(byte[] zip, String name, java.util.function.UnaryOperator<String> change,
            boolean reseal) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        String before = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get(name)));
        byte[] after = change.apply(new String(entries.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        entries.put(name, after);
        if (reseal) {
            String manifest = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
            entries.put("manifest.csv", manifest.replace(before,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(after)))
                    .getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zipped.putNextEntry(new ZipEntry(entry.getKey()));
                zipped.write(entry.getValue());
                zipped.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unused")
    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }
}
