package fi.placera.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.platform.command.Commands;
import fi.placera.imports.ShownErrors;
import fi.placera.reporting.Outcomes;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import fi.placera.testing.WebSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The tracker import end to end: a hand-written tracker becomes exactly the expected records, importing it again
 * changes nothing, and every kind of bad input is listed (table, row, column, reason in the user's language)
 * with nothing stored and never a 5xx.
 */
@PlaceraIT
class ImportIT {

    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";
    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final List<String> TABLES = List.of("client", "referral", "cooperation_agreement", "profile_meeting",
            "service_end", "job", "employer", "employer_contact", "coach_caseload", "client_external_ref", "support_due");
    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired TableChecksum checksum;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;
    @Autowired Commands commands;
    @Autowired Outcomes outcomes;
    @LocalServerPort int port;

    private TestTeams.Team team;
    private String code;
    private String leader;
    private String coach;
    private String coach2;
    private String suffix;
    private String identityCode;
    private String businessId;

    @BeforeEach
    void teamWithCoaches() {
        team = teams.create("Tuontitiimi");
        code = jdbc.sql("select code from ips_team where id = ?").param(team.id()).query(String.class).single();
        leader = team.member("Vetäjä", "TEAM_LEADER", "0.5");
        coach = team.member("Valmentaja", "COACH", "1");
        coach2 = team.member("Toinen", "COACH", "1");
        suffix = UUID.randomUUID().toString().substring(0, 8);
        identityCode = identityCode();
        businessId = businessId();
    }

    // --- the hand-written tracker -------------------------------------------------------------------------

    private String clientsCsv() {
        return String.join("\n",
                "client_ref,personal_identity_code,first_name,last_name,birth_year,language,coach_ref,referral_date,"
                        + "referral_source,enrolment_date,in_work_at_entry,vocational_profile_date,exit_date,exit_reason",
                "C-1," + identityCode + ",Aino,Virta,19" + identityCode.substring(4, 6) + ",fi," + coach
                        + ",2025-01-10,POH-PSY-VAASA,2025-01-20,no,2025-02-01,,",
                "C-2,,,,,sv," + coach + ",2025-02-01,self,2025-02-15,yes,,2025-09-30,\"Moved to Vaasa,\nnew job there\"",
                "C-3,,Bo,,,," + coach2 + ",2025-03-01,,,,,,") + "\n";
    }

    private String jobsCsv() {
        return String.join("\n",
                "client_ref,employer_name,employer_business_id,job_title,start_date,end_date,hours_per_week,competitive,"
                        + "contract_type",
                "C-1,Kahvila " + suffix + "," + businessId + ",Barista,2025-04-01,,20,yes,permanent",
                "C-2,Kahvila " + suffix + "," + businessId + ",Kokki,2025-03-01,2025-08-31,\"7,5\",kyllä,fixed_term",
                "C-1,Varasto " + suffix + ",,,2025-06-01,2025-06-30,,no,") + "\n";
    }

    private String contactsCsv() {
        return String.join("\n",
                "coach_ref,contact_date,employer_name,employer_business_id,face_to_face,client_ref,client_preference",
                coach + ",2025-03-15,Kahvila " + suffix + "," + businessId + ",yes,C-1,yes",
                coach + ",2025-03-15,Kahvila " + suffix + "," + businessId + ",yes,C-1,yes",
                coach2 + ",2025-04-02,Uusi " + suffix + ",,ei,,") + "\n";
    }

    private Map<String, String> tracker() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("clients", clientsCsv());
        files.put("jobs", jobsCsv());
        files.put("employer_contacts", contactsCsv());
        return files;
    }

    /** The tracker's tables as one workbook, every cell as text except the numbers of hours. */
    private byte[] workbook(Map<String, String> tables) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook book = new Workbook(out, "Placera test", "1.0");
        for (Map.Entry<String, String> table : tables.entrySet()) {
            Worksheet sheet = book.newWorksheet(table.getKey());
            List<List<String>> rows = parse(table.getValue());
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
        }
        book.finish();
        return out.toByteArray();
    }

    /** The CSV text read back into cells with Commons CSV, so the workbook holds exactly the same tracker. */
    private static List<List<String>> parse(String csv) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    // --- uploading --------------------------------------------------------------------------------------------

    private MockMultipartHttpServletRequestBuilder upload(Map<String, String> csv) {
        MockMultipartHttpServletRequestBuilder request = multipart("/imports/preview");
        csv.forEach((name, text) -> request.file(new MockMultipartFile(name, name + ".csv", "text/csv",
                text.getBytes(StandardCharsets.UTF_8))));
        return request;
    }

    /** The browser's side of a preview: the session cookie (sessions live in PostgreSQL) and the upload's id. */
    private static final class Session {
        private Cookie cookie;
        private String upload;
    }

    private MvcResult send(MockMultipartHttpServletRequestBuilder request, Session session) throws Exception {
        MvcResult result = mvc.perform(withSession(request.param("team", team.id().toString()), session)).andReturn();
        Cookie cookie = result.getResponse().getCookie("__Host-placera");
        session.cookie = cookie != null ? cookie : session.cookie;
        session.upload = result.getModelAndView() == null ? null
                : (String) result.getModelAndView().getModel().get("upload");
        return result;
    }

    private MvcResult confirm(Session session) throws Exception {
        return mvc.perform(withSession(post("/imports/confirm").param("upload", session.upload), session)).andReturn();
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B withSession(B request, Session session) {
        if (session.cookie != null) {
            request.cookie(session.cookie);
        }
        return request.with(users.as(leader)).with(csrf()).locale(FINNISH);
    }

    private Map<String, String> checksums() {
        return TABLES.stream().collect(Collectors.toMap(table -> table, checksum::of));
    }

    private UUID clientOf(String ref) {
        return jdbc.sql("select client_id from client_external_ref where ips_team_id = ? and client_ref = ?")
                .params(team.id(), ref).query(UUID.class).single();
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(Arrays.asList(params)).query(Integer.class).single();
    }

    // --- valid trackers ---------------------------------------------------------------------------------------

    @Test
    void aValidCsvTrackerBecomesExactlyTheExpectedRecordsAfterPreviewAndConfirmation() throws Exception {
        Map<String, String> before = checksums();
        Session session = new Session();

        MvcResult preview = send(upload(tracker()), session);

        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        assertThat(checksums()).as("a preview stores nothing").isEqualTo(before);
        ImportResult.Counts counts = ((ImportResult) preview.getModelAndView().getModel().get("result")).counts();
        assertThat(counts).isEqualTo(new ImportResult.Counts(3, 0, 3, 2, 1, 1, 3, 0, 3, 0, 3, 0));
        assertThat(Jsoup.parse(preview.getResponse().getContentAsString()).select("section:has(#sample-clients) table").text())
                .contains("C-1", identityCode, "Aino", "C-3");

        MvcResult stored = confirm(session);

        assertThat(stored.getResponse().getRedirectedUrl()).isEqualTo("/imports");
        assertStoredAsWritten();
        assertThat(Jsoup.parse(confirm(session).getResponse().getContentAsString()).select("#import-errors").text())
                .as("the upload was removed").contains(message("import.upload.expired"));
    }

    private void assertStoredAsWritten() {
        UUID first = clientOf("C-1");
        UUID second = clientOf("C-2");
        UUID third = clientOf("C-3");
        assertThat(jdbc.sql("select first_name, last_name, identity_code, preferred_language from client where id = ?")
                .param(first).query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single()).containsExactly("Aino", "Virta", identityCode, "fi");
        assertThat(jdbc.sql("select first_name || ' ' || last_name || ' ' || preferred_language from client where id = ?")
                .param(second).query(String.class).single()).isEqualTo("- C-2 sv");
        assertThat(jdbc.sql("select source from referral where client_id in (?, ?, ?) order by referred_on")
                .params(first, second, third).query(String.class).list()).containsExactly("CARE_TEAM", "SELF", "OTHER");
        assertThat(jdbc.sql("select how_agreed || ' ' || in_work_at_entry from cooperation_agreement where client_id = ?")
                .param(second).query(String.class).single()).isEqualTo("RECORDED_IN_TRACKER true");
        assertThat(count("select count(*) from cooperation_agreement where client_id = ?", third)).isZero();
        assertThat(count("select count(*) from profile_meeting where client_id = ? and met_on = '2025-02-01'", first))
                .isOne();
        assertThat(jdbc.sql("select reason || ' ' || note from service_end where client_id = ?").param(second)
                .query(String.class).single()).isEqualTo("RECORDED_IN_TRACKER Moved to Vaasa,\nnew job there");
        assertThat(count("select active_clients from coach_caseload where staff_member_id = ?",
                team.staffMemberOf(coach))).as("the exited client takes no place").isOne();
        assertThat(jdbc.sql("""
                        select hours_per_week, contract_type, contract_ends_on::text, ended_on::text, end_reason, competitive
                        from job where client_id = ?""").param(second)
                .query((rs, row) -> List.of(rs.getBigDecimal(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6))).single())
                .containsExactly(new BigDecimal("7.5"), "FIXED_TERM", "2025-08-31", "2025-08-31", "OTHER", true);
        assertThat(count("select count(*) from job where client_id = ?", first)).isEqualTo(2);
        assertThat(count("select count(*) from support_due where client_id = ?", first))
                .as("only the ongoing job schedules support").isPositive();
        assertThat(count("select count(*) from support_due where client_id = ?", second)).isZero();
        assertThat(count("select count(*) from employer where business_id = ?", businessId)).isOne();
        assertThat(count("""
                select count(*) from employer_contact where client_id = ? and mode = 'FACE_TO_FACE' and purpose = 'ABOUT_CLIENT'
                and followed_preference""", first)).isEqualTo(2);
        assertThat(count("""
                select count(*) from employer_contact c join employer e on e.id = c.employer_id
                where e.name = ? and c.mode = 'OTHER' and c.client_id is null""", "Uusi " + suffix)).isOne();
        // stored a table at a time (decision 0088): each statement's facts trigger covered every client of it
        assertThat(count("select count(*) from clients_facts_phase where client_id in (?, ?, ?)", first, second, third))
                .isEqualTo(3);
        assertThat(count("select count(*) from clients_facts_differences() where client_id in (?, ?, ?)", first, second,
                third)).as("the imported clients' kept facts are their records' (decision 0087)").isZero();
    }

    @Test
    void importingTheSameTrackerAgainChangesNothing() throws Exception {
        Session session = new Session();
        send(upload(tracker()), session);
        confirm(session);
        Map<String, String> afterFirst = checksums();

        MvcResult preview = send(upload(tracker()), session);
        ImportResult.Counts counts = ((ImportResult) preview.getModelAndView().getModel().get("result")).counts();
        assertThat(counts).isEqualTo(new ImportResult.Counts(0, 3, 0, 0, 0, 0, 0, 3, 0, 3, 0, 3));
        confirm(session);

        assertThat(checksums()).isEqualTo(afterFirst);
    }

    @Test
    void aWorkbookImportsLikeTheCsvFiles() throws Exception {
        Session session = new Session();
        MockMultipartHttpServletRequestBuilder request = multipart("/imports/preview");
        request.file(new MockMultipartFile("workbook", "tracker.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook(tracker())));

        MvcResult preview = send(request, session);
        assertThat(preview.getModelAndView().getModel().get("errors")).isNull();
        confirm(session);

        assertStoredAsWritten();
    }

    @Test
    void aCoachWithoutPlacesLeftIsAnErrorLikeTheOthers() throws Exception {
        String partTime = team.member("Osa-aikainen", "COACH", "0.1");
        String clients = "client_ref,coach_ref,referral_date\n" + "K-1," + partTime + ",2025-01-01\n" + "K-2," + partTime
                + ",2025-01-01\n" + "K-3," + partTime + ",2025-01-01\n";

        List<List<String>> errors = refused(Map.of("clients", clients, "jobs", header("jobs"), "employer_contacts",
                header("employer_contacts")));

        assertThat(errors).containsExactly(List.of("clients", "4", "coach_ref",
                messages.getMessage("import.coach.caseload-full", null, FINNISH)));
    }

    // --- refusals: every error listed, nothing stored ---------------------------------------------------------

    private static String header(String table) {
        return Map.of("jobs", "client_ref,employer_name,start_date,competitive\n",
                "employer_contacts", "coach_ref,contact_date,employer_name,face_to_face\n").get(table);
    }

    /** Uploads the files and returns the listed errors as [table, row, column, reason]; checks nothing was stored. */
    private List<List<String>> refused(Map<String, String> csv) throws Exception {
        return refused(upload(csv));
    }

    private List<List<String>> refused(MockMultipartHttpServletRequestBuilder request) throws Exception {
        Map<String, String> before = checksums();
        MvcResult result = send(request, new Session());
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(checksums()).isEqualTo(before);
        var page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("#import-errors").attr("role")).isEqualTo("alert");
        return page.select("tr.import-error").stream()
                .map(row -> row.select("td").stream().map(Element::wholeText).toList()).toList();
    }

    private static String spaced(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ");
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FINNISH);
    }

    private Map<String, String> with(String table, String content) {
        Map<String, String> files = tracker();
        files.put(table, content);
        return files;
    }

    @Test
    void aFileNotInUtf8IsOneClearError() throws Exception {
        Map<String, String> others = tracker();
        others.remove("clients");
        MockMultipartHttpServletRequestBuilder request = upload(others);
        request.file(new MockMultipartFile("clients", "clients.csv", "text/csv",
                ("client_ref,coach_ref,referral_date\nÄ-1," + coach + ",2025-01-01\n").getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(refused(request)).containsExactly(List.of("clients", "–", "–",
                message("import.file.encoding", "clients.csv")));
    }

    @Test
    void missingAndUnknownColumnsAreErrorsOnTheHeader() throws Exception {
        assertThat(refused(with("jobs", "client_ref,employer,start_date,competitive\n"))).containsExactlyInAnyOrder(
                List.of("jobs", "1", "employer", message("import.column.unknown")),
                List.of("jobs", "1", "employer_name", message("import.column.missing")));
    }

    @Test
    void everyBadRowIsListedAtOnce() throws Exception {
        String clients = clientsCsv() + String.join("\n",
                "C-1,,,,,," + coach + ",2025-01-10,,,,,,",
                "C-4,010199-1234,,,,," + coach + ",2026-02-30,,,,,,",
                "C-5,,,,,,nobody,2025-01-10,,2025-01-01,,,,",
                "C-6,,,,,," + coach + ",2025-01-10,,2025-01-20,,,2025-01-15,") + "\n";
        String jobs = jobsCsv() + String.join("\n",
                "C-9,Kahvila " + suffix + ",,,2025-04-01,,,yes,",
                "C-1,Kahvila " + suffix + ",1234567-8,,2025-04-01,2025-03-01,,yes,") + "\n";

        assertThat(refused(with("clients", clients).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getKey().equals("jobs") ? jobs : entry.getValue())))).containsExactly(
                List.of("clients", "5", "client_ref", message("import.client-ref.duplicate", "C-1", 2)),
                List.of("clients", "6", "personal_identity_code", message("identity-code.check")),
                List.of("clients", "6", "referral_date", message("import.date.format", "2026-02-30")),
                List.of("clients", "7", "coach_ref", message("import.coach.unknown", "nobody", code)),
                List.of("clients", "7", "enrolment_date", message("import.enrolment.before-referral")),
                List.of("clients", "8", "exit_date", message("import.exit.before-enrolment")),
                List.of("jobs", "5", "client_ref", message("import.client-ref.unknown", "C-9")),
                List.of("jobs", "6", "employer_business_id", message("employer.business-id.check")),
                List.of("jobs", "6", "end_date", message("import.job.end-before-start")));
    }

    /**
     * Issue 21 §6, decision 0046: an identity code that a client of another team of the area has is refused in the
     * registration's words, which do not tell that the person is a client, and the look is logged on that client.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aCodeAnotherTeamsClientHasIsRefusedWithoutSayingSoAndTheLookIsLoggedOnThatClient(CapturedOutput output)
            throws Exception {
        UUID other = UUID.randomUUID();
        mvc.perform(post("/api/v1/clients").with(users.as(users.newCoach())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"id": "%s", "firstName": "Salli", "lastName": "Salainen", "identityCode": "%s",
                                 "preferredLanguage": "fi", "ipsTeamId": "%s"}""".formatted(other, identityCode,
                                DEMO_TEAM)))
                .andExpect(status().isCreated());

        String clients = clientsCsv().lines().limit(2).collect(Collectors.joining("\n", "", "\n"));
        List<List<String>> errors = refused(Map.of("clients", clients, "jobs", header("jobs"), "employer_contacts",
                header("employer_contacts")));

        assertThat(errors).containsExactly(List.of("clients", "2", "personal_identity_code",
                message("client.identity-code.taken")));
        assertThat(message("client.identity-code.taken")).isEqualTo(
                "Tätä henkilöä ei voi rekisteröidä tähän. Kysy tiiminvetäjältäsi.");
        assertThat(jdbc.sql("""
                        select action || ' ' || outcome || ' ' || data_kind from access_log
                        where client_id = ? and username = ? and purpose = 'identity code check at registration'""")
                .params(other, leader).query(String.class).list()).as("the importer's look at the client")
                .hasSize(1).allMatch(row -> row.endsWith("DENIED IDENTITY"));
        assertThat(output.getOut()).contains("identity_code_taken").doesNotContain(identityCode);
    }

    @Test
    void aFixedTermJobWithoutAnEndDateImportsAsAnOngoingJob() throws Exception {
        // data-exchange.md: nothing in a tracker is a planned date, so an empty end date is an ongoing fixed-term job
        String jobs = jobsCsv() + "C-2,Kahvila " + suffix + ",,Tarjoilija,2025-07-01,,10,yes,fixed_term\n";
        Session session = new Session();
        MvcResult preview = send(upload(with("jobs", jobs)), session);
        assertThat(preview.getModelAndView().getModel().get("errors")).isNull();
        confirm(session);

        assertThat(jdbc.sql("""
                        select contract_type || ' ' || coalesce(contract_ends_on::text, '-') || ' ' || coalesce(ended_on::text, '-')
                        from job where client_id = ? and title = 'Tarjoilija'""").param(clientOf("C-2"))
                .query(String.class).single()).isEqualTo("FIXED_TERM - -");
        // the outcome report counts it as work going on: in September 2025 C-2 (exit 30.9.) works only through it,
        // C-1 through its permanent job
        Outcomes.Outcome september = outcomes.of(Outcomes.Scope.team(team.id()), LocalDate.parse("2025-09-01"),
                LocalDate.parse("2025-09-30"));
        assertThat(september.served()).isEqualTo(2);
        assertThat(september.worked()).isEqualTo(2);
    }

    @Test
    void aTrackerWithThousandsOfBadRowsShowsTheFirst200AndTheCountOfEachReason() throws Exception {
        StringBuilder clients = new StringBuilder(clientsCsv());
        for (int i = 0; i < 3_000; i++) {
            clients.append("X-").append(i).append(",,,,,,").append(coach).append(",2025-13-40,,,,,,\n");
        }
        MvcResult result = send(upload(with("clients", clients.toString())), new Session());

        var page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("tr.import-error")).hasSize(ShownErrors.SHOWN);
        assertThat(page.select("#import-errors-cut").text()).contains("200");
        // the count is grouped with a no-break space in Finnish, which the page's text reads as a space
        assertThat(page.select("li.import-error-reason").eachText()).map(ImportIT::spaced)
                .contains(spaced(message("import.errors.reason-count",
                        message("import.date.format", "2025-13-40"), 3000)));
    }

    @Test
    void aJobStartingAfterTheExitIsAnError() throws Exception {
        String jobs = jobsCsv() + "C-2,Kahvila " + suffix + ",,,2025-10-01,,,yes,\n";

        assertThat(refused(with("jobs", jobs))).containsExactly(
                List.of("jobs", "5", "start_date", message("import.job.after-exit")));
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedUnread() throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/imports/preview");
        request.file(new MockMultipartFile("workbook", "huge.xlsx", "application/octet-stream",
                new byte[(int) TrackerFiles.MAX_FILE_BYTES + 1]));

        assertThat(refused(request)).containsExactly(List.of("huge.xlsx", "–", "–",
                message("import.file.too-large", "huge.xlsx", 50)));
    }

    @Test
    void anUploadOverTheServersLimitComesBackAsTheImportPageWithItsMessage() throws Exception {
        WebSession web = new WebSession(port);
        web.logIn("teamleader", users);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(web.get("/imports").body());
        assertThat(token.find()).isTrue();
        String boundary = "placera" + suffix;
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"huge.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/imports/preview?_csrf="
                        + token.group(1)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "__Host-placera=" + web.cookie("__Host-placera"))
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head,
                        new byte[(int) TrackerFiles.MAX_FILE_BYTES + 1024], tail)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/imports?too-large");
        String page = web.get("/imports?too-large").body();
        assertThat(Jsoup.parse(page).select("#import-errors").text())
                .contains(messages.getMessage("import.upload.too-large", new Object[] {50}, FINNISH));
    }

    // --- the operator command ---------------------------------------------------------------------------------

    @Test
    void theCommandImportsADirectoryOfCsvFilesAndRefusesABadOneWithExitCodeOne(@TempDir Path directory)
            throws Exception {
        for (Map.Entry<String, String> file : tracker().entrySet()) {
            Files.writeString(directory.resolve(file.getKey() + ".csv"), file.getValue());
        }
        assertThat(run("import", "--team", code, directory.toString())).startsWith("0:")
                .contains("Stored: 3 clients (0 already there)");
        assertStoredAsWritten();
        Map<String, String> stored = checksums();

        Files.writeString(directory.resolve("jobs.csv"), jobsCsv() + "C-1,X,,,2025-13-01,,,yes,\n");
        assertThat(run("import", "--team", code, "--lang", "sv", directory.toString())).startsWith("1:")
                .contains("jobs | 5 | start_date | " + messages.getMessage("import.date.format", new Object[] {"2025-13-01"},
                        Locale.forLanguageTag("sv")));
        assertThat(checksums()).isEqualTo(stored);
    }

    /** Runs the command line as Placera's main method does; returns the exit code and what it printed. */
    private String run(String... args) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            int exit = commands.run(args, System.out);
            return exit + ":" + printed.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(console);
        }
    }

    // --- test data ---------------------------------------------------------------------------------------------

    /** A valid identity code of someone born in the 1980s, with a random individual number. */
    private static String identityCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String birth = String.format("%02d%02d%02d", random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(80, 90));
        String individual = String.format("%03d", random.nextInt(2, 900));
        long number = Long.parseLong(birth + individual);
        return birth + "-" + individual + CHECK_CHARACTERS.charAt((int) (number % 31));
    }

    private static String businessId() {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        while (true) {
            String digits = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int remainder = sum % 11;
            if (remainder != 1) {
                return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
            }
        }
    }
}
