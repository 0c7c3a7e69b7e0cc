package fi.placera.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import fi.placera.platform.Rejection;
import fi.placera.reporting.Outcomes.Outcome;
import fi.placera.reporting.Outcomes.Period;
import fi.placera.reporting.Outcomes.Scope;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.KeptFigures;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The outcome report on a hand-built team whose every field is worked out by hand below: boundary days, an
 * exit inside the period, a client in work at entry, a non-competitive job, ongoing jobs, and 6- and 12-month
 * attachment across month ends (31 August + 6 months = 28 February).
 */
@PlaceraIT
class OutcomesIT {

    private static final LocalDate FROM = LocalDate.parse("2025-07-01");
    private static final LocalDate TO = LocalDate.parse("2026-06-30");

    @Autowired Outcomes outcomes;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired ObjectMapper json;

    private UUID team;
    private String teamCode;
    private String coachAUser;
    private UUID coachA;
    private UUID coachB;
    private UUID employer;
    private UUID otherTeam;

    @BeforeEach
    void handBuiltTeam() {
        TestTeams.Team built = teams.create("Tulostiimi");
        team = built.id();
        teamCode = built.code();
        coachAUser = built.member("Aho", "COACH", "1");
        coachA = built.staffMemberOf(coachAUser);
        coachB = built.staffMemberOf(built.member("Blom", "COACH", "1"));
        employer = UUID.randomUUID();
        jdbc.sql("insert into employer (id, area_id, name, name_key, version) values (?, 17, ?, ?, 0)")
                .params(employer, "Tulos Oy " + employer, "tulos oy " + employer).update();

        UUID c1 = enrolled(coachA, "2025-03-01", false);
        job(c1, "2025-06-01", "2025-06-30", true);                 // ended the day before the period
        UUID c2 = enrolled(coachA, "2025-08-31", false);
        contact(coachA, c2, "2025-09-10", "FACE_TO_FACE", true);    // 10 days
        job(c2, "2025-10-15", null, true);                         // 45 days; covers 28.2.2026
        UUID c3 = enrolled(coachB, "2025-01-15", true);             // in work at entry
        job(c3, "2024-12-01", null, true);                         // began before enrolment, still going
        contact(coachB, c3, "2026-06-30", "FACE_TO_FACE", false);   // last day of the period
        UUID c4 = enrolled(coachA, "2024-05-01", false);
        exit(c4, "2025-07-01");                                    // exit on the first day: still served
        job(c4, "2025-07-02", null, true);                         // after the exit: a job start, not worked
        UUID c5 = enrolled(coachA, "2026-06-30", false);            // enrolled on the last day: no contact, no job
        UUID c6 = enrolled(coachA, "2026-07-01", false);            // after the period
        job(c6, "2026-07-01", null, true);
        UUID c7 = enrolled(coachA, "2025-08-31", false);
        contact(coachA, c7, "2025-09-01", "PHONE", null);          // not face to face
        contact(coachA, c7, "2025-09-05", "FACE_TO_FACE", true);    // 5 days
        job(c7, "2025-09-01", null, false);                        // not competitive
        UUID c8 = enrolled(coachA, "2025-06-30", false);
        exit(c8, "2025-06-30");                                    // left before the period
        UUID c10 = enrolled(coachA, "2025-07-01", false);           // enrolled on the first day
        contact(coachA, c10, "2025-06-20", "FACE_TO_FACE", null);   // before enrolment: not the first contact
        contact(coachA, c10, "2025-07-21", "FACE_TO_FACE", null);   // 20 days
        job(c10, "2025-07-01", "2025-12-31", true);                // 0 days; ends the day before 1.1.2026
        job(c10, "2026-03-01", null, true);                        // a second start; covers 1.7.2026
        contact(coachB, null, "2026-01-10", "FACE_TO_FACE", null);  // job development, no client
        UUID coachD = built.staffMemberOf(built.member("Dahl", "COACH", "1"));
        UUID referredOnly = client(team, coachD);                   // referred, never enrolled: not served
        contact(coachD, referredOnly, "2025-11-03", "FACE_TO_FACE", false); // a team coach without served clients
        assertThat(c5).isNotEqualTo(c6);

        TestTeams.Team other = teams.create("Muu tiimi");
        otherTeam = other.id();
        UUID coachC = other.staffMemberOf(other.member("Cajander", "COACH", "1"));
        UUID elsewhere = client(other.id(), coachC);
        agreement(elsewhere, "2025-09-01", false);
        job(elsewhere, "2025-09-02", null, true);
        contact(coachC, elsewhere, "2025-09-02", "FACE_TO_FACE", true);
    }

    @Test
    void everyFieldIsTheHandComputedValue() {
        Outcome outcome = outcomes.of(Scope.team(team), FROM, TO);
        // served: c1 c2 c3 c4 c5 c7 c10; worked: c2 c3 c10 (c1's job ended before, c4's began after the exit)
        assertThat(outcome.served()).isEqualTo(7);
        assertThat(outcome.worked()).isEqualTo(3);
        assertThat(outcome.employmentRate()).isEqualByComparingTo("0.4286");
        assertThat(outcome.servedOutOfWorkAtEntry()).isEqualTo(6);
        assertThat(outcome.workedOutOfWorkAtEntry()).isEqualTo(2);
        assertThat(outcome.employmentRateOutOfWorkAtEntry()).isEqualByComparingTo("0.3333");
        // c2, c4, c10 twice; c1's is before the period, c3's before enrolment, c7's not competitive, c6's after
        assertThat(outcome.jobStarts()).isEqualTo(4);
        assertThat(outcome.firstJobStarts()).isEqualTo(3);
        // cohort: c2, c5, c7, c10
        assertThat(outcome.enrolled()).isEqualTo(4);
        assertThat(outcome.daysToFirstEmployerContactMean()).isEqualByComparingTo("11.7");   // (10 + 5 + 20) / 3
        assertThat(outcome.daysToFirstEmployerContactMedian()).isEqualByComparingTo("10.0");
        assertThat(outcome.cohortWithoutEmployerContact()).isEqualTo(1);
        assertThat(outcome.daysToFirstJobMean()).isEqualByComparingTo("22.5");               // (45 + 0) / 2
        assertThat(outcome.daysToFirstJobMedian()).isEqualByComparingTo("22.5");
        assertThat(outcome.cohortWithoutJob()).isEqualTo(2);
        // 5 face-to-face contacts by the 2 coaches with served clients over 365 days: 5 / (2 × 365 / 7)
        assertThat(outcome.employerContactsPerCoachWeek()).isEqualByComparingTo("0.0479");
        // every face-to-face contact of the team's coaches with a preference recorded: true, true, false (B) and
        // false (D, whose client was never served: the contract counts all of them)
        assertThat(outcome.contactsClientPreferenceShare()).isEqualByComparingTo("0.5000");
        // at 6 months: c2 (28.2.2026, working), c7 (28.2.2026, not competitive), c10 (1.1.2026, between jobs)
        assertThat(outcome.employedAt6Months()).isEqualTo(1);
        assertThat(outcome.eligibleAt6Months()).isEqualTo(3);
        // at 12 months: c10's day is 1.7.2026, one day after the period
        assertThat(outcome.employedAt12Months()).isZero();
        assertThat(outcome.eligibleAt12Months()).isZero();
    }

    @Test
    void aDayLongerPeriodMakesTheTwelveMonthDayOfTheFirstEnrolledClientCount() {
        Outcome outcome = outcomes.of(Scope.team(team), FROM, TO.plusDays(1));
        assertThat(outcome.eligibleAt12Months()).isEqualTo(1);
        assertThat(outcome.employedAt12Months()).isEqualTo(1);
    }

    @Test
    void periodsComputedTogetherAreEachTheReportOfThatPeriodAlone() {
        List<Period> periods = List.of(new Period(FROM, TO), new Period(FROM, TO.plusDays(1)),
                new Period(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-01-31")), new Period(FROM, FROM.plusMonths(3)),
                new Period(FROM.plusMonths(3), TO));
        List<Outcome> together = outcomes.of(Scope.team(team), periods);
        assertThat(together).hasSize(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            KeptFigures.forget(jdbc);
            assertThat(together.get(i)).as("period %s", period)
                    .isEqualTo(outcomes.of(Scope.team(team), List.of(period)).get(0));
        }
        KeptFigures.forget(jdbc);
        assertThat(together.get(0)).isEqualTo(outcomes.of(Scope.team(team), FROM, TO));
        assertThat(together.get(0)).isNotEqualTo(together.get(1));
    }

    @Test
    void severalTeamsTogetherCountTheClientsOfEachAndNoTeamsCountNobody() {
        Outcome one = outcomes.of(Scope.team(team), FROM, TO);
        Outcome other = outcomes.of(Scope.team(otherTeam), FROM, TO);
        Outcome both = outcomes.of(Scope.teams(List.of(team, otherTeam)), FROM, TO);

        assertThat(other.served()).isEqualTo(1);
        assertThat(both.served()).isEqualTo(one.served() + other.served());
        assertThat(both.worked()).isEqualTo(one.worked() + other.worked());
        assertThat(both.jobStarts()).isEqualTo(one.jobStarts() + other.jobStarts());
        assertThat(both.enrolled()).isEqualTo(one.enrolled() + other.enrolled());
        assertThat(outcomes.of(Scope.teams(List.of()), FROM, TO).served()).isZero();
    }

    @Test
    void anEmptyPeriodHasNoRatesAndBadPeriodsAreRefused() {
        Outcome outcome = outcomes.of(Scope.team(team), LocalDate.parse("2020-01-01"), LocalDate.parse("2020-01-31"));
        assertThat(outcome.served()).isZero();
        assertThat(outcome.employmentRate()).isNull();
        assertThat(outcome.daysToFirstJobMean()).isNull();
        assertThat(outcome.employerContactsPerCoachWeek()).isNull();
        assertThatThrownBy(() -> outcomes.of(Scope.team(team), TO, FROM)).isInstanceOf(Rejection.class)
                .extracting(e -> ((Rejection) e).messageKey()).isEqualTo("report.period.reversed");
    }

    @Test
    void aPeriodAsLongAsTheDataHoldsIsAllowed() {
        // the contract sets no limit on the period's length: 2000–2049 holds every record of the team
        Outcome fifty = outcomes.of(Scope.team(team), LocalDate.parse("2000-01-01"), LocalDate.parse("2049-12-31"));
        // served: every enrolled client (c1–c8, c10); c4 and c8 left, but within the period
        assertThat(fifty.served()).isEqualTo(9);
        assertThat(fifty.enrolled()).isEqualTo(9);
        assertThat(fifty.contactsClientPreferenceShare()).isEqualByComparingTo("0.5000");
    }

    @Test
    void theTeamSeesItsReportInFullOverTheApiAndInTheDownloads() throws Exception {
        JsonNode report = json.readTree(mvc.perform(get("/api/v1/reports/outcomes").with(users.as(coachAUser))
                        .param("team", teamCode).param("from", "2025-07-01").param("to", "2026-06-30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.get("team").asString()).isEqualTo(teamCode);
        assertThat(report.get("suppressed").asBoolean()).isFalse();
        assertThat(report.get("served").asInt()).isEqualTo(7);
        assertThat(report.get("employment_rate").decimalValue()).isEqualByComparingTo("0.4286");
        assertThat(report.get("days_to_first_employer_contact_mean").decimalValue()).isEqualByComparingTo("11.7");
        assertThat(report.get("employed_at_6_months").asInt()).isEqualTo(1);
        assertThat(report.properties()).hasSize(26);

        // the downloads are for people (decision 0042): the reader's language, values as the page shows them
        String csv = new String(mvc.perform(get("/reports/outcomes.csv").with(users.as(coachAUser)).param("team", teamCode)
                        .param("from", "2025-07-01").param("to", "2026-06-30").locale(java.util.Locale.forLanguageTag("fi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).lines()).contains("Tunnusluku;Arvo", "Kenen raportti;Tulostiimi",
                "Jakson ensimmäinen päivä;1.7.2025", "Jakson viimeinen päivä;30.6.2026", "Palvellut asiakkaat;7",
                "Työllisyysaste;42,9\u00a0%", "Päiviä ensimmäiseen työhön, mediaani;22,5",
                "Asiakkuus alkanut vähintään 12 kuukautta ennen jakson loppua;0");
        assertThat(csv).doesNotContain("employment_rate", "0.4286");
        String english = mvc.perform(get("/reports/outcomes.csv").with(users.as(coachAUser)).param("team", teamCode)
                        .param("from", "2025-07-01").param("to", "2026-06-30").locale(java.util.Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(english.substring(1).lines()).contains("Figure,Value", "First day of the period,1 Jul 2025",
                "Employment rate,42.9\u00a0%", "Clients served,7");
        byte[] xlsx = mvc.perform(get("/reports/outcomes.xlsx").with(users.as(coachAUser)).param("team", teamCode)
                        .param("from", "2025-07-01").param("to", "2026-06-30").locale(java.util.Locale.forLanguageTag("sv")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.util.Map<String, org.dhatim.fastexcel.reader.Cell> cells = new java.util.HashMap<>();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            workbook.getFirstSheet().read().forEach(row -> cells.put(row.getCell(0).getText(), row.getCell(1)));
        }
        assertThat(cells.get("Nyckeltal").getText()).isEqualTo("Värde");
        assertThat(cells.get("Sysselsättningsgrad").asNumber()).isEqualByComparingTo("0.4286");
        assertThat(cells.get("Sysselsättningsgrad").getDataFormatString()).isEqualTo("0.0 %");
        assertThat(cells.get("Betjänade klienter").asNumber()).isEqualByComparingTo("7");
        assertThat(cells.get("Periodens första dag").asDate().toLocalDate()).isEqualTo(FROM);
        assertThat(cells.get("Periodens första dag").getDataFormatString()).isEqualTo("d.m.yyyy");
        assertThat(cells).doesNotContainKey("employment_rate");

        byte[] pdf = mvc.perform(get("/reports/outcomes.pdf").with(users.as(coachAUser)).param("team", teamCode)
                        .param("from", "2025-07-01").param("to", "2026-06-30").locale(java.util.Locale.forLanguageTag("sv")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        // cells come out of the PDF with their own spacing: compare without any white space
        String text = fi.placera.testing.PdfText.pages(pdf).get(0).replaceAll("[\\s\u00a0]+", "");
        assertThat(text).contains("Resultatrapport", "Tulostiimi,1.7.2025–30.6.2026", "Betjänadeklienter7",
                "Sysselsättningsgrad42,9");
    }

    @Test
    void theReportPdfPrintsATeamNamedInAnyScriptAndKeepsEachChartOnItsTitlesPage() throws Exception {
        String name = String.join(" – ", fi.placera.testing.PdfText.NAMES);
        TestTeams.Team named = teams.create(name);
        String coach = named.member("Ánnámáret", "COACH", "1");
        byte[] pdf = mvc.perform(get("/reports/outcomes.pdf").with(users.as(coach)).param("team", named.code())
                        .param("from", "2025-07-01").param("to", "2026-06-30").locale(java.util.Locale.forLanguageTag("fi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        // titles may wrap: compare with white space made single spaces
        java.util.List<String> pages = fi.placera.testing.PdfText.pages(pdf).stream()
                .map(page -> page.replaceAll("\\s+", " ")).toList();
        assertThat(pages.get(0)).contains(fi.placera.testing.PdfText.NAMES);
        // each chart's title stands on the page of its chart (the bars' labels follow it), never alone at a page's foot
        for (String title : java.util.List.of("Työllisyysaste (IPS-vertailutasot 31, 41 ja 50 %)", "Alkaneet työt",
                "Päiviä asiakkuuden alusta ensimmäiseen työnantajatapaamiseen, keskiarvo")) {
            String page = pages.stream().filter(text -> text.contains(title)).findFirst().orElseThrow();
            assertThat(page.substring(page.indexOf(title) + title.length()).strip()).as(title).isNotEmpty();
        }
        assertThat(String.join("\n", pages)).contains("1.7.2025–30.6.2026");
    }

    /** A team code that is no team's (a NUL character, 10,000 characters, unknown) is never a 5xx, on both ways in. */
    @Test
    void aTeamCodeThatIsNoTeamsIsRefusedCleanly() throws Exception {
        for (String code : new String[] {"GEN\u0000X", "X".repeat(10_000), "NO-SUCH-TEAM"}) {
            int api = mvc.perform(get("/api/v1/reports/outcomes").with(users.as(coachAUser)).param("team", code)
                    .param("from", "2026-01-01").param("to", "2026-03-31")).andReturn().getResponse().getStatus();
            int page = mvc.perform(get("/reports/outcomes").with(users.as(coachAUser)).param("subject", "team:" + code))
                    .andReturn().getResponse().getStatus();
            assertThat(List.of(api, page)).as(code.substring(0, Math.min(code.length(), 12)))
                    .allSatisfy(status -> assertThat(status).isIn(400, 404));
        }
    }

    @Test
    void outsideTheTeamSmallCellsAreSuppressedAndOthersSeeNothing() throws Exception {
        // outside the team only calendar periods: the team's own year from July is refused
        mvc.perform(get("/api/v1/reports/outcomes").with(users.as("manager")).param("team", teamCode)
                .param("from", "2025-07-01").param("to", "2026-06-30")).andExpect(status().isBadRequest());
        JsonNode report = json.readTree(mvc.perform(get("/api/v1/reports/outcomes").with(users.as("manager"))
                        .param("team", teamCode).param("from", "2026-01-01").param("to", "2026-06-30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.get("suppressed").asBoolean()).isTrue();
        // 6 served (c1 c2 c3 c5 c7 c10; hidden too when the team is the next smallest of a smaller one) of whom 3 worked
        assertThat(report.get("served").asString()).isIn("6", "<5");
        assertThat(report.get("worked").asString()).isEqualTo("<5");
        assertThat(report.get("employment_rate").asString()).isEqualTo("<5");
        // two coaches: contacts per coach-week would be about persons
        assertThat(report.get("employer_contacts_per_coach_week").asString()).isEqualTo("<5");

        // the welfare area for its manager and for the evaluator, who may also see the whole country
        for (String reader : new String[] {"manager", "evaluator"}) {
            JsonNode area = json.readTree(mvc.perform(get("/api/v1/reports/outcomes").with(users.as(reader))
                            .param("area", "POH").param("from", "2026-01-01").param("to", "2026-06-30"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(area.get("area").asString()).isEqualTo("POH");
            assertThat(area.get("suppressed").asBoolean()).isTrue();
            assertThat(area.get("served").asInt()).isGreaterThanOrEqualTo(6);
        }
        mvc.perform(get("/api/v1/reports/outcomes").with(users.as("manager")).param("area", "HKI")
                .param("from", "2025-07-01").param("to", "2026-06-30")).andExpect(status().isNotFound());

        String stranger = users.newCoachOfAnotherTeam();
        mvc.perform(get("/api/v1/reports/outcomes").with(users.as(stranger)).param("team", teamCode)
                .param("from", "2025-07-01").param("to", "2026-06-30")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/outcomes").with(users.as(coachAUser)).param("area", "POH")
                .param("from", "2025-07-01").param("to", "2026-06-30")).andExpect(status().isNotFound());
        JsonNode reversed = json.readTree(mvc.perform(get("/api/v1/reports/outcomes").with(users.as(coachAUser))
                        .param("team", teamCode).param("from", "2026-06-30").param("to", "2025-07-01")
                        .header("Accept-Language", "sv"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(reversed.toString()).contains("Den sista dagen är före den första");
        mvc.perform(get("/api/v1/reports/outcomes").with(users.as(coachAUser)).param("team", teamCode)
                .param("from", "2026-02-30").param("to", "2026-03-31")).andExpect(status().isBadRequest());
        // no limit on the period's length beyond the data (data-exchange.md)
        mvc.perform(get("/api/v1/reports/outcomes").with(users.as(coachAUser)).param("team", teamCode)
                .param("from", "2000-01-01").param("to", "2026-03-31")).andExpect(status().isOk());
        mvc.perform(get("/reports/outcomes.csv").with(users.as(coachAUser)).param("team", teamCode)
                .param("from", "2026-03-31").param("to", "2026-01-01")).andExpect(status().isBadRequest());
    }

    /** A download without a first or a last day, or with them reversed, is a 400 in the team and outside it. */
    @Test
    void aDownloadWithoutADayOrWithItsDaysReversedIsABadRequest() throws Exception {
        String[][] periods = {{null, "2026-03-31"}, {"2026-01-01", null}, {null, null}, {"2026-03-31", "2026-01-01"}};
        for (String user : new String[] {coachAUser, "manager"}) {
            for (String download : new String[] {"/reports/outcomes.pdf", "/reports/outcomes.csv", "/reports/outcomes.xlsx"}) {
                for (String[] period : periods) {
                    var request = get(download).with(users.as(user)).param("team", teamCode);
                    if (period[0] != null) {
                        request.param("from", period[0]);
                    }
                    if (period[1] != null) {
                        request.param("to", period[1]);
                    }
                    mvc.perform(request).andExpect(status().isBadRequest());
                }
            }
        }
    }

    @Test
    void theReportPageShowsTheFiguresAndTheTrendWithItsTables() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/reports/outcomes").with(users.as(coachAUser))
                        .param("subject", "team:" + teamCode).param("from", "1.7.2025").param("to", "30.6.2026")
                        .locale(java.util.Locale.forLanguageTag("fi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#field-served td").text()).isEqualTo("7");
        assertThat(page.select("#field-employment_rate td").text()).isEqualTo("42,9 %");
        assertThat(page.select("#chart-starts-data tbody tr")).hasSize(8);
        // the last quarter shown is April–June 2026: c10's second job began on 1.3.2026, in Q1
        assertThat(page.select("#chart-starts-data tbody tr").last().text()).isEqualTo("2026 Q2 0");
        assertThat(page.select("#chart-starts-data tbody tr").get(6).text()).isEqualTo("2026 Q1 1");
        Document reversed = Jsoup.parse(mvc.perform(get("/reports/outcomes").with(users.as(coachAUser))
                        .param("subject", "team:" + teamCode).param("from", "30.6.2026").param("to", "1.7.2025")
                        .locale(java.util.Locale.forLanguageTag("fi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(reversed.getElementById("to-error").text()).startsWith("Viimeinen päivä on ennen ensimmäistä");
        assertThat(reversed.getElementById("from").val()).isEqualTo("30.6.2026");
    }

    @Test
    void thePageOpensOnTheLatestQuarterInWhichSomethingHappened() throws Exception {
        TestTeams.Team quiet = teams.create("Avaustiimi");
        String leader = quiet.member("Avaaja", "COACH", "1");
        UUID coach = quiet.staffMemberOf(leader);
        assertThat(openingPeriod(leader)).as("nothing recorded: the last whole quarter, as before")
                .isEqualTo(quarterOf(quiet.today().with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3)));

        LocalDate started = quiet.today().minusDays(200);
        UUID client = client(quiet.id(), coach);
        agreement(client, started.toString(), false);
        job(client, started.toString(), null, true);
        assertThat(openingPeriod(leader)).as("the client is still served, but nothing happened since")
                .isEqualTo(quarterOf(started));

        agreement(client(quiet.id(), coach), quiet.today().toString(), false);
        assertThat(openingPeriod(leader)).as("an enrolment today: the current quarter")
                .isEqualTo(quarterOf(quiet.today()));
    }

    /** The first and last day of the quarter the day falls in, as the page's fields show them. */
    private static List<String> quarterOf(LocalDate day) {
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        DateTimeFormatter typed = DateTimeFormatter.ofPattern("d.M.yyyy");
        return List.of(first.format(typed), first.plusMonths(3).minusDays(1).format(typed));
    }

    private List<String> openingPeriod(String user) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/reports/outcomes").with(users.as(user))
                        .locale(java.util.Locale.forLanguageTag("fi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return List.of(page.getElementById("from").val(), page.getElementById("to").val());
    }

    private UUID client(UUID ipsTeam, UUID coach) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, preferred_language, ips_team_id,
                                            coach_staff_id, version)
                        values (?, 17, 'T', 'Tulos', 'fi', ?, ?, 0)""")
                .params(id, ipsTeam, coach).update();
        return id;
    }

    private UUID enrolled(UUID coach, String day, boolean inWork) {
        UUID id = client(team, coach);
        agreement(id, day, inWork);
        return id;
    }

    private void agreement(UUID client, String day, boolean inWork) {
        jdbc.sql("""
                        insert into cooperation_agreement (id, client_id, area_id, agreed_on, how_agreed, in_work_at_entry,
                                                           recorded_by)
                        values (?, ?, 17, ?::date, 'PAPER_SIGNATURE', ?, ?)""")
                .params(UUID.randomUUID(), client, day, inWork, UUID.randomUUID()).update();
    }

    private void exit(UUID client, String day) {
        jdbc.sql("""
                        insert into service_end (id, client_id, area_id, ended_on, reason, note, recorded_by)
                        values (?, ?, 17, ?::date, 'CLIENT_CHOICE', 'Oma valinta', ?)""")
                .params(UUID.randomUUID(), client, day, UUID.randomUUID()).update();
    }

    private void job(UUID client, String start, String end, boolean competitive) {
        jdbc.sql("""
                        insert into job (id, client_id, area_id, employer_id, started_on, ended_on, hours_per_week, wage_basis,
                                         contract_type, competitive, end_reason, recorded_by, idempotency_key, version)
                        values (?, ?, 17, ?, ?::date, ?::date, 20, 'HOURLY', 'PERMANENT', ?, ?, ?, ?, 0)""")
                .params(UUID.randomUUID(), client, employer, start, end, competitive, end == null ? null : "CONTRACT_ENDED",
                        UUID.randomUUID(), UUID.randomUUID())
                .update();
    }

    private void contact(UUID coach, UUID client, String day, String mode, Boolean followedPreference) {
        jdbc.sql("""
                        insert into employer_contact (id, area_id, employer_id, coach_staff_id, contacted_on, mode, purpose,
                                                      client_id, followed_preference, recorded_by, idempotency_key)
                        values (?, 17, ?, ?, ?::date, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), employer, coach, day, mode, client == null ? "GENERAL_JOB_DEVELOPMENT" : "ABOUT_CLIENT",
                        client, followedPreference, UUID.randomUUID(), UUID.randomUUID())
                .update();
    }
}
