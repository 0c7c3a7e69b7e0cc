package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.placera.testing.DemoUsers;
import fi.placera.worktime.CoachTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The team's evaluation page: change from baseline in full inside the team and with small cells hidden for a
 * manager; a questionnaire sent to a named employer by link; the programme period and its mid-point follow-up.
 */
@PlaceraIT
class TeamEvaluationIT {

    private static final java.util.List<String> NAMES = fi.placera.testing.PdfText.NAMES;


    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired FollowUps followUps;
    @Autowired TeamCosts costs;
    @Autowired CoachTime coachTime;

    private TestTeams.Team team;
    private String coach;
    private String leader;

    @BeforeEach
    void team() {
        team = teams.create("Tiimiarviointi");
        coach = team.member("Valmentaja", "COACH", "1.0");
        leader = team.member("Vetäjä", "TEAM_LEADER", "0.5");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** The coach fills in a WHO-5 with every item at {@code value} (score value × 20) at the timepoint. */
    private void who5(UUID client, String timepoint, String value) throws Exception {
        String form = mvc.perform(users.as(coach, post("/clients/" + client + "/evaluation"))
                .param("key", UUID.randomUUID().toString()).param("instrument", "WHO-5").param("timepoint", timepoint)
                .param("mode", "COACH").param("language", "fi")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(users.as(coach, post(form)).param("item-1", value).param("item-2", value).param("item-3", value)
                .param("item-4", value).param("item-5", value).param("submit", "true"));
    }

    @Test
    void changeFromBaselineInFullInsideTheTeamAndWithSmallCellsHiddenOutside() throws Exception {
        // baseline 40 for three clients; at 6 months 60 (+20), 40 (0) and 40 (0): mean +6.7, one improved by 10 or more
        String[] later = {"3", "2", "2"};
        for (int i = 0; i < 3; i++) {
            UUID client = team.client(coach, "Muutos" + i);
            team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(190),
                    "howAgreed", "STRONG_IDENTIFICATION");
            who5(client, "BASELINE", "2");
            who5(client, "MONTHS_6", later[i]);
        }
        Document inside = page(users.as(coach, get("/evaluation").param("team", team.code())));
        assertThat(inside.select("#team-change tbody tr").first().select("td").eachText().stream()
                .map(cell -> cell.replace('\u00a0', ' ')).toList())
                .containsExactly("WHO-5 hyvinvointi", "Hyvinvointi 0–100", "3", "6,7", "10", "1", "33,3 %");
        Document outside = page(users.as("manager", get("/evaluation").param("team", team.code())));
        assertThat(outside.select("#team-change tbody tr").first().select("td").eachText())
                .containsExactly("WHO-5 hyvinvointi", "Hyvinvointi 0–100", "<5", "<5", "10", "<5", "<5");
        assertThat(outside.select("#team-responses")).isEmpty();
        assertThat(outside.select("form[action='/evaluation/questionnaires']")).isEmpty();
    }

    @Test
    void anEmployerAnswersAQuestionnaireAboutTheTeamsWorkThroughALink() throws Exception {
        Document refused = page(users.as(coach, post("/evaluation/questionnaires")).param("team", team.code())
                .param("key", UUID.randomUUID().toString()).param("instrument", "EMPLOYER_FEEDBACK")
                .param("respondentName", "").param("periodFrom", "1.1.2026").param("periodTo", "30.6.2026")
                .param("language", "fi"));
        assertThat(refused.getElementById("respondentName-error")).isNotNull();
        assertThat(refused.getElementById("periodTo").attr("value")).isEqualTo("30.6.2026");

        Document made = page(users.as(coach, post("/evaluation/questionnaires")).param("team", team.code())
                .param("key", UUID.randomUUID().toString()).param("instrument", "EMPLOYER_FEEDBACK")
                .param("respondentName", "Kahvila Oy, Maija").param("periodFrom", "1.1.2026")
                .param("periodTo", "30.6.2026").param("language", "fi"));
        String url = made.getElementById("link-url").attr("value");
        String token = url.substring(url.indexOf("/q/") + 3);
        Document answered = page(post("/q/" + token).with(csrf()).param("item-reach", "4").param("item-support", "5")
                .param("item-comments", "Hyvää yhteistyötä").param("confirmMissing", "true").param("submit", "true"));
        assertThat(answered.getElementById("thanks")).isNotNull();

        Document inside = page(users.as(leader, get("/evaluation").param("team", team.code())));
        assertThat(inside.select("#team-responses tbody tr").first().select("td").eachText())
                .containsExactly("Työnantajan palaute", "Kahvila Oy, Maija", "1.1.2026–30.6.2026", "Vastattu", "4,5");
    }

    @Test
    void theLeaderSetsTheProgrammePeriodAndTheMidPointFallsDue() throws Exception {
        Document refused = page(users.as(leader, post("/evaluation/programme")).param("team", team.code())
                .param("startsOn", "1.6.2026").param("endsOn", "1.1.2026"));
        assertThat(refused.getElementById("endsOn-error").text()).isEqualTo("Jakson loppu ei voi olla ennen sen alkua.");
        assertThat(refused.getElementById("startsOn").attr("value")).isEqualTo("1.6.2026");
        assertThat(mvc.perform(users.as(coach, post("/evaluation/programme")).param("team", team.code())
                .param("startsOn", "1.1.2026").param("endsOn", "31.12.2026")).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        String start = team.day(100);
        String end = team.today().plusDays(100).format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
        mvc.perform(users.as(leader, post("/evaluation/programme")).param("team", team.code()).param("startsOn", start)
                .param("endsOn", end));
        UUID client = team.client(coach, "Ohjelma");
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(50), "howAgreed",
                "STRONG_IDENTIFICATION");
        assertThat(followUps.of(client)).filteredOn(f -> f.timepoint().equals("MID_POINT"))
                .extracting(FollowUps.FollowUp::dueOn).containsOnly(team.today());
        assertThat(followUps.of(client)).filteredOn(f -> f.timepoint().equals("END"))
                .extracting(FollowUps.FollowUp::dueOn).containsOnly(team.today().plusDays(100));
    }

    @Test
    void theLeaderEntersTheYearsCostsAndSeesCostPerResultWithTheAssumptions() throws Exception {
        int year = team.today().getYear();
        Document refused = page(users.as(leader, post("/evaluation/costs")).param("team", team.code())
                .param("year", Integer.toString(year)).param("staffFte", "2,5").param("salaries", "100 000")
                .param("premises", "-1").param("travel", "2000").param("training", "1000").param("other", "abc")
                .param("benefitPerMonth", "900").param("carePerMonth", "300").param("monthsInWork", "6"));
        assertThat(refused.getElementById("other-error").text())
                .isEqualTo("Anna luku, joka on nolla tai suurempi, esimerkiksi 52000 tai 0,5.");
        assertThat(refused.getElementById("salaries").attr("value")).isEqualTo("100 000");
        assertThat(refused.selectFirst("h1").text()).endsWith(", " + year);   // a year, not a number "2 026"
        Document absurd = page(users.as(leader, post("/evaluation/costs")).param("team", team.code())
                .param("year", Integer.toString(year)).param("staffFte", "2,5").param("salaries", "1000000000")
                .param("premises", "0").param("travel", "0").param("training", "0").param("other", "0")
                .param("benefitPerMonth", "0").param("carePerMonth", "0").param("monthsInWork", "0"));
        assertThat(absurd.getElementById("salaries-error").text())
                .isEqualTo("Summa on liian suuri yhden tiimin vuodelle (enintään 100 000 000).");
        assertThat(absurd.getElementById("salaries").attr("value")).isEqualTo("1000000000");
        Document noFte = page(users.as(leader, post("/evaluation/costs")).param("team", team.code())
                .param("year", Integer.toString(year)).param("staffFte", "0").param("salaries", "50000")
                .param("premises", "0").param("travel", "0").param("training", "0").param("other", "0")
                .param("benefitPerMonth", "0").param("carePerMonth", "0").param("monthsInWork", "0"));
        assertThat(noFte.getElementById("staffFte-error").text())
                .isEqualTo("Anna henkilöstön henkilötyövuodet: palkkakustannuksia ei voi jakaa ilman niitä.");
        assertThat(noFte.getElementById("salaries").attr("value")).isEqualTo("50000");
        Document tooManyStaff = page(users.as(leader, post("/evaluation/costs")).param("team", team.code())
                .param("year", Integer.toString(year)).param("staffFte", "2500").param("salaries", "50000")
                .param("premises", "0").param("travel", "0").param("training", "0").param("other", "0")
                .param("benefitPerMonth", "0").param("carePerMonth", "0").param("monthsInWork", "0"));
        assertThat(tooManyStaff.getElementById("staffFte-error").text())
                .isEqualTo("Anna henkilöstö henkilötyövuosina väliltä 0–500, esimerkiksi 2,5.");
        assertThat(tooManyStaff.getElementById("staffFte").attr("value")).isEqualTo("2500");
        assertThat(costs.of(team.id(), year)).isEmpty();
        assertThat(mvc.perform(users.as(coach, post("/evaluation/costs")).param("team", team.code())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);

        mvc.perform(users.as(leader, post("/evaluation/costs")).param("team", team.code()).param("year", Integer.toString(year))
                .param("staffFte", "2,5").param("salaries", "100 000").param("premises", "12000").param("travel", "2000")
                .param("training", "1000").param("other", "5000").param("benefitPerMonth", "900")
                .param("carePerMonth", "300").param("monthsInWork", "6"));
        // two clients served this year, one of them in work from a job started this year
        for (int i = 0; i < 2; i++) {
            UUID client = team.client(coach, "Kustannus" + i);
            team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(0), "howAgreed",
                    "STRONG_IDENTIFICATION");
        }
        // the coach (1.0 FTE) records a week of the year: 30 h of employment work, 10 h of other work
        LocalDate early = CoachTime.mondayOf(LocalDate.of(year, 1, 8));
        LocalDate week = early.isAfter(team.today()) ? CoachTime.mondayOf(team.today()) : early;
        coachTime.record(team.staffMemberOf(coach), (short) 17, week, Map.of(
                CoachTime.Activity.CLIENT_WORK, Map.of(CoachTime.Place.COMMUNITY, new BigDecimal("20"),
                        CoachTime.Place.OFFICE, new BigDecimal("4")),
                CoachTime.Activity.JOB_DEVELOPMENT, Map.of(CoachTime.Place.COMMUNITY, new BigDecimal("6")),
                CoachTime.Activity.OTHER_THAN_EMPLOYMENT, Map.of(CoachTime.Place.OFFICE, new BigDecimal("10"))),
                team.staffMemberOf(coach));
        Document costs = page(users.as(coach, get("/evaluation/costs").param("team", team.code())));
        // 100 000 + 12 000 + 2 000 + 1 000 + 5 000 = 120 000 over 2 clients = 60 000 each; nobody in work yet
        assertThat(costs.getElementById("per-client").text().replace('\u00a0', ' ')).isEqualTo("60 000 €");
        assertThat(costs.getElementById("per-job-start").text()).isEqualTo("–");
        assertThat(costs.getElementById("alternative").text().replace('\u00a0', ' ')).isEqualTo("0 €");
        assertThat(costs.getElementById("assumptions").text()).contains("6 kuukautta", "900 €", "300 €");
        assertThat(costs.select("form[action='/evaluation/costs']")).isEmpty();
        // by recorded time: 100 000 / 2,5 FTE = 40 000 per FTE; the coach's 40 000 counts by 30 / 40 h = 75 % =
        // 30 000; the other 1,5 FTE (60 000) count in full; 90 000 + 20 000 other costs = 110 000 over 2 clients
        assertThat(text(costs, "salary-per-fte")).isEqualTo("40 000 €");
        assertThat(costs.select("#coach-shares tbody tr").eachText().stream().map(row -> row.replace('\u00a0', ' ')))
                .containsExactly("Testi Valmentaja 1 40 000 40 30 75 % 30 000");
        assertThat(text(costs, "other-staff")).isEqualTo("60 000 €");
        assertThat(text(costs, "salary-counted")).isEqualTo("90 000 €");
        assertThat(text(costs, "other-work")).isEqualTo("10 000 €");
        assertThat(text(costs, "non-salary")).isEqualTo("20 000 €");
        assertThat(text(costs, "ips-cost")).isEqualTo("110 000 €");
        assertThat(text(costs, "per-client-by-time")).isEqualTo("55 000 €");
        assertThat(text(costs, "per-job-start-by-time")).isEqualTo("–");
        assertThat(costs.getElementById("by-time-assumptions").text()).contains("40 000 €", "vuonna " + year,
                "lasketaan kokonaan");

        // the self-report PDF of a period ending in the year carries the same figures and how they were computed
        String saved = mvc.perform(users.as(coach, post("/evaluation/self-reports")).param("team", team.code())
                .param("key", UUID.randomUUID().toString()).param("version", "-1").param("kind", "SELF_EVALUATION")
                .param("from", "1.1." + year).param("to", "31.12." + year).param("whatWorked", "Kustannuslaskenta"))
                .andReturn().getResponse().getRedirectedUrl();
        String id = saved.substring("/evaluation/self-reports/".length(), saved.indexOf('?'));
        byte[] pdf = mvc.perform(users.as(leader, get("/evaluation/self-reports/" + id + "/report.pdf"))).andReturn()
                .getResponse().getContentAsByteArray();
        // table cells and wrapped lines come out of the PDF with their own spacing: compare without any white space
        String pdfText = fi.placera.testing.PdfText.of(pdf).replaceAll("[\\s\u00a0]+", "");
        assertThat(pdfText).contains(Stream.of("Vuoden " + year + " kustannukset",
                "Palkkakustannus henkilötyövuotta kohden 40 000 €", "75 %: 30 000 € / 40 000 €",
                "IPS-palvelun kustannus 110 000 €", "Kustannus palveltua asiakasta kohden (kirjatun työajan mukaan) 55 000 €",
                "Näin luvut on laskettu").map(expected -> expected.replace(" ", "")).toList());
    }

    private static String text(Document page, String id) {
        return page.getElementById(id).text().replace('\u00a0', ' ');
    }

    @Test
    void aSelfEvaluationIsWrittenKeptAsTypedWhenRefusedAndExportedAsPdf() throws Exception {
        Document refused = page(users.as(coach, post("/evaluation/self-reports")).param("team", team.code())
                .param("key", UUID.randomUUID().toString()).param("version", "-1").param("kind", "SELF_EVALUATION")
                .param("from", "1.7.2026").param("to", "1.1.2026").param("whatWorked", "Nopea työnhaku"));
        assertThat(refused.getElementById("to-error").text()).isEqualTo("Jakson loppu ei voi olla ennen sen alkua.");
        assertThat(refused.getElementById("whatWorked").text()).isEqualTo("Nopea työnhaku");

        String key = UUID.randomUUID().toString();
        String saved = mvc.perform(users.as(coach, post("/evaluation/self-reports")).param("team", team.code())
                .param("key", key).param("version", "-1").param("kind", "INTERIM_REPORT").param("from", "1.1.2026")
                .param("to", "30.6.2026").param("whatWorked", "Nopea työnhaku").param("barriers", "Pitkät jonot: " + String.join(", ", NAMES)))
                .andReturn().getResponse().getRedirectedUrl();
        String again = mvc.perform(users.as(coach, post("/evaluation/self-reports")).param("team", team.code())
                .param("key", key).param("version", "-1").param("kind", "INTERIM_REPORT").param("from", "1.1.2026")
                .param("to", "30.6.2026").param("whatWorked", "Nopea työnhaku"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(again).isEqualTo(saved);
        String id = saved.substring("/evaluation/self-reports/".length(), saved.indexOf('?'));
        MockHttpServletResponse pdf = mvc.perform(users.as(leader, get("/evaluation/self-reports/" + id + "/report.pdf")))
                .andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        // names typed in any script print in the PDF as typed
        assertThat(fi.placera.testing.PdfText.of(pdf.getContentAsByteArray())).contains(NAMES).contains("Nopea työnhaku");
        assertThat(mvc.perform(users.as("manager", get("/evaluation/self-reports/" + id))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(page(users.as(coach, get("/evaluation").param("team", team.code()))).select("a[href='/evaluation/self-reports/"
                + id + "']").text()).isEqualTo("Väliraportti 1.1.2026–30.6.2026");
    }
}
