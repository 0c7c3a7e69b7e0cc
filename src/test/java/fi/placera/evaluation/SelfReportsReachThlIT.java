package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.FidelityReviews.ItemScore;
import fi.placera.fidelity.FidelityReviews.NewReview;
import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.identity.PlaceraUser;
import fi.placera.research.Studies;
import fi.placera.research.Study;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PdfText;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Self-evaluations and interim reports that reach THL (issue 27 §4, decision 0085): the area's report assembles its
 * teams' submitted reports, is read-only once submitted, reaches the evaluators of a study covering the area (never
 * a draft, never another study's evaluator) who acknowledge it and download it as PDF and JSON; the manager's area
 * view counts each team's submitted reports and reminds of the next fidelity review.
 */
@PlaceraIT
class SelfReportsReachThlIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired Studies studies;
    @Autowired FidelityReviews reviews;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcClient jdbc;

    private TestTeams.Team north;
    private TestTeams.Team south;
    private String northCoach;
    private String southLeader;
    private String marker;

    @BeforeEach
    void twoTeamsOfTheDemoArea() {
        marker = UUID.randomUUID().toString().substring(0, 8);
        north = teams.create("Pohjoinen " + marker);
        south = teams.create("Eteläinen " + marker);
        northCoach = north.member("Pohjola", "COACH", "1.0");
        southLeader = south.member("Etelä", "TEAM_LEADER", "1.0");
    }

    @Test
    void anAreaReportAssembledFromTwoTeamsAndSubmittedReachesTheStudysEvaluatorOnly() throws Exception {
        String northReport = submitted(teamReport(northCoach, north, "SELF_EVALUATION", "1.1.2024", "30.6.2024",
                "Pohjoisen oppi " + marker));
        String southReport = submitted(teamReport(southLeader, south, "SELF_EVALUATION", "1.3.2024", "31.8.2024",
                "Eteläisen oppi " + marker));
        String draft = teamReport(southLeader, south, "SELF_EVALUATION", "1.1.2024", "30.6.2024",
                "Keskeneräinen " + marker);
        String areaReport = areaReport("manager", "SELF_EVALUATION", "1.1.2024", "30.6.2024", "Alueen oppi " + marker);

        Document assembling = page("manager", get("/evaluation/area/reports/" + areaReport));
        assertThat(assembling.select(".self-report-team .what-worked").eachText())
                .containsExactlyInAnyOrder("Pohjoisen oppi " + marker, "Eteläisen oppi " + marker);
        submit("manager", "/evaluation/area/reports/" + areaReport);

        long study = study("Itsearvioinnit " + marker, List.of((short) 17), "evaluator");
        String other = users.newEvaluator();
        long otherStudy = study("Toinen alue " + marker, List.of((short) 5), other);

        TestTeams.Team far = teams.create("Kaukainen " + marker, DemoUsers.OTHER_AREA);
        String farReport = submitted(teamReport(far.member("Kauko", "TEAM_LEADER", "1.0"), far, "SELF_EVALUATION",
                "1.1.2024", "30.6.2024", "Kaukainen oppi " + marker));

        Document list = page("evaluator", get("/research/studies/" + study + "/reports"));
        assertThat(list.getElementById("study-report-" + areaReport)).isNotNull();
        assertThat(list.getElementById("study-report-" + northReport)).isNotNull();
        assertThat(list.getElementById("study-report-" + southReport)).isNotNull();
        assertThat(list.getElementById("study-report-" + draft)).as("a draft does not reach THL").isNull();
        assertThat(statusOf("evaluator", get("/research/studies/" + study + "/reports/" + draft))).isEqualTo(404);
        assertThat(list.getElementById("study-report-" + farReport)).as("another area's report").isNull();
        assertThat(statusOf("evaluator", get("/research/studies/" + study + "/reports/" + farReport))).isEqualTo(404);
        assertThat(page(other, get("/research/studies/" + otherStudy + "/reports"))
                .getElementById("study-report-" + farReport)).as("it reaches its own area's study").isNotNull();

        Document read = page("evaluator", get("/research/studies/" + study + "/reports/" + areaReport));
        assertThat(read.selectFirst(".what-worked").text()).isEqualTo("Alueen oppi " + marker);
        assertThat(read.select(".self-report-team .what-worked").eachText())
                .containsExactlyInAnyOrder("Pohjoisen oppi " + marker, "Eteläisen oppi " + marker)
                .doesNotContain("Keskeneräinen " + marker);

        mvc.perform(users.as("evaluator", get("/research/studies/" + study + "/reports/" + areaReport + "/report.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shape").value("placera-self-report"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.scope").value("AREA"))
                .andExpect(jsonPath("$.kind").value("SELF_EVALUATION"))
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.area.code").isString())
                .andExpect(jsonPath("$.team").isEmpty())
                .andExpect(jsonPath("$.periodFrom").value("2024-01-01"))
                .andExpect(jsonPath("$.periodTo").value("2024-06-30"))
                .andExpect(jsonPath("$.submittedAt").isString())
                .andExpect(jsonPath("$.answers.whatWorked").value("Alueen oppi " + marker))
                .andExpect(jsonPath("$.teams.length()").value(2))
                .andExpect(jsonPath("$.teams[*].scope").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("TEAM"))))
                .andExpect(jsonPath("$.teams[*].team.code").value(org.hamcrest.Matchers.containsInAnyOrder(
                        north.code(), south.code())));

        MockHttpServletResponse pdf = mvc.perform(users.as("evaluator",
                get("/research/studies/" + study + "/reports/" + areaReport + "/report.pdf"))).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(PdfText.of(pdf.getContentAsByteArray())).contains("Alueen oppi " + marker,
                "Pohjoisen oppi " + marker, "Eteläisen oppi " + marker).doesNotContain("Keskeneräinen");

        // another study's evaluator: neither this study nor, through their own, this area's reports
        assertThat(statusOf(other, get("/research/studies/" + study + "/reports"))).isEqualTo(404);
        assertThat(statusOf(other, get("/research/studies/" + study + "/reports/" + areaReport))).isEqualTo(404);
        assertThat(statusOf(other, get("/research/studies/" + otherStudy + "/reports/" + areaReport))).isEqualTo(404);
        assertThat(statusOf(other, get("/research/studies/" + otherStudy + "/reports/" + areaReport + "/report.json")))
                .isEqualTo(404);
        assertThat(page(other, get("/research/studies/" + otherStudy + "/reports"))
                .getElementById("study-report-" + areaReport)).isNull();
        assertThat(statusOf(other, post("/research/studies/" + otherStudy + "/reports/" + areaReport + "/acknowledge")))
                .isEqualTo(404);

        // the study's evaluator acknowledges once
        String acknowledged = mvc.perform(users.as("evaluator",
                        post("/research/studies/" + study + "/reports/" + areaReport + "/acknowledge")))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(acknowledged).endsWith("?acknowledged");
        Document after = page("evaluator", get("/research/studies/" + study + "/reports/" + areaReport));
        assertThat(after.selectFirst(".self-report-state").text()).startsWith("Lähetetty").contains("arvioija kuittasi");
        assertThat(after.select("form[action$=/acknowledge]")).isEmpty();
        Document again = page("evaluator", post("/research/studies/" + study + "/reports/" + areaReport + "/acknowledge"));
        assertThat(again.select(".alert--error").text()).contains("Vain lähetetyn raportin");
        assertThat(page("manager", get("/evaluation/area/reports/" + areaReport)).selectFirst(".self-report-state")
                .text()).contains("arvioija kuittasi");
    }

    @Test
    void aSubmittedReportIsReadOnly() throws Exception {
        String report = teamReport(northCoach, north, "INTERIM_REPORT", "1.1.2023", "30.6.2023", "Ennen " + marker);
        Document draft = page(northCoach, get("/evaluation/self-reports/" + report));
        assertThat(draft.selectFirst(".self-report-state").text()).isEqualTo("Luonnos");
        submitted(report);

        Document refused = page(northCoach, reportForm(northCoach, "/evaluation/self-reports/" + report, north, "1",
                "INTERIM_REPORT", "1.1.2023", "30.6.2023", "Jälkeen " + marker));
        assertThat(refused.select(".alert--error").text())
                .isEqualTo("Raportti on lähetetty, eikä sitä voi enää muuttaa.");
        Document shown = page(northCoach, get("/evaluation/self-reports/" + report));
        assertThat(shown.selectFirst(".what-worked").text()).isEqualTo("Ennen " + marker);
        assertThat(shown.select("form")).as("no form to change or submit it").allMatch(form ->
                !form.attr("action").startsWith("/evaluation/self-reports"));
        assertThat(page(northCoach, get("/evaluation").param("team", north.code()))
                .select("a[href='/evaluation/self-reports/" + report + "'] + .self-report-list-state").text())
                .isEqualTo("(Lähetetty)");
        assertThat(page(northCoach, post("/evaluation/self-reports/" + report + "/submit").param("version", "1"))
                .select(".alert--error").text()).isEqualTo("Raportti on lähetetty, eikä sitä voi enää muuttaa.");

        String area = areaReport("manager", "INTERIM_REPORT", "1.1.2023", "30.6.2023", "Alue ennen " + marker);
        submit("manager", "/evaluation/area/reports/" + area);
        Document areaRefused = page("manager", reportForm("manager", "/evaluation/area/reports/" + area, null, "1",
                "INTERIM_REPORT", "1.1.2023", "30.6.2023", "Alue jälkeen " + marker));
        assertThat(areaRefused.select(".alert--error").text())
                .isEqualTo("Raportti on lähetetty, eikä sitä voi enää muuttaa.");

        // the database refuses it too, whichever code would try
        assertThatThrownBy(() -> jdbc.sql("update evaluation_self_report set what_worked = 'x' where id = ?::uuid")
                .param(report).update()).hasMessageContaining("read-only");
    }

    @Test
    void anotherAreasManagerTheTeamsStaffEmergencyAccessAndMalformedIdsReachNoAreaReport() throws Exception {
        String area = areaReport("manager", "SELF_EVALUATION", "1.1.2022", "30.6.2022", "Vain alueelle " + marker);
        String team = teamReport(northCoach, north, "SELF_EVALUATION", "1.1.2022", "30.6.2022", "Tiimin " + marker);
        String far = users.newManagerOfAnotherArea();
        for (String path : List.of("/evaluation/area/reports/" + area, "/evaluation/area/reports/" + area + "/report.pdf",
                "/evaluation/area/reports/new")) {
            if (!path.endsWith("/new")) {
                assertThat(statusOf(far, get(path))).as(path).isEqualTo(404);
            }
            assertThat(statusOf(northCoach, get(path))).as(path).isEqualTo(404);
            assertThat(statusOf("evaluator", get(path))).as(path).isEqualTo(404);
        }
        assertThat(statusOf(far, reportForm(far, "/evaluation/area/reports/" + area, null, "0", "SELF_EVALUATION",
                "1.1.2022", "30.6.2022", "Vieras"))).isEqualTo(404);
        assertThat(statusOf(far, post("/evaluation/area/reports/" + area + "/submit").param("version", "0")))
                .isEqualTo(404);
        assertThat(statusOf(northCoach, post("/evaluation/area/reports/" + area + "/submit").param("version", "0")))
                .isEqualTo(403);
        // the team's route does not reach the area's report, nor the area's route a team's
        assertThat(statusOf(northCoach, get("/evaluation/self-reports/" + area))).isEqualTo(404);
        assertThat(statusOf("manager", get("/evaluation/area/reports/" + team))).isEqualTo(404);
        assertThat(statusOf("manager", post("/evaluation/self-reports/" + team + "/submit").param("version", "0")))
                .isEqualTo(403);

        // emergency access to one of the team's clients opens nothing of the team's reports
        UUID client = north.client(northCoach, "Hätä" + marker);
        String stranger = teams.emergencyReader(client, "EMPLOYMENT");
        assertThat(statusOf(stranger, get("/evaluation/self-reports/" + team))).isEqualTo(404);
        assertThat(statusOf(stranger, post("/evaluation/self-reports/" + team + "/submit").param("version", "0")))
                .isEqualTo(404);

        for (String malformed : List.of("not-a-uuid", "0", "%00")) {
            assertThat(statusOf("manager", get("/evaluation/area/reports/" + malformed))).as(malformed).isIn(400, 404);
            assertThat(statusOf("evaluator", get("/research/studies/1/reports/" + malformed))).isIn(400, 404);
            assertThat(statusOf("evaluator", get("/research/studies/" + malformed + "/reports"))).isIn(400, 404);
        }
        assertThat(jdbc.sql("select state from evaluation_self_report where id = ?::uuid").param(area)
                .query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void theAreaViewCountsSubmittedReportsAndRemindsOfTheNextReview() throws Exception {
        submitted(teamReport(northCoach, north, "SELF_EVALUATION", "1.1.2021", "30.6.2021", "Yksi"));
        submitted(teamReport(northCoach, north, "INTERIM_REPORT", "1.7.2021", "31.12.2021", "Kaksi"));
        teamReport(northCoach, north, "SELF_EVALUATION", "1.1.2022", "30.6.2022", "Luonnos");
        LocalDate today = north.today();
        published(north.id(), today.minusMonths(8), today.minusMonths(7));
        published(south.id(), today.minusMonths(3), today.minusMonths(2));

        Document area = Jsoup.parse(mvc.perform(get("/evaluation/area").with(users.as("manager"))
                .locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var northTeam = area.getElementById("area-team-" + north.code());
        var southTeam = area.getElementById("area-team-" + south.code());
        assertThat(northTeam.selectFirst(".submitted").text()).isEqualTo("Self-evaluations 1, interim reports 1");
        assertThat(southTeam.selectFirst(".submitted").text()).isEqualTo("Self-evaluations 0, interim reports 0");
        assertThat(northTeam.selectFirst(".review-reminder").text())
                .startsWith("Reminder: the next fidelity review falls due.");
        assertThat(southTeam.select(".review-reminder")).as("reviewed two months ago: not yet due").isEmpty();
        assertThat(area.getElementById("new-area-report").attr("href")).isEqualTo("/evaluation/area/reports/new");
    }

    // --- helpers ---

    private String teamReport(String user, TestTeams.Team team, String kind, String from, String to, String worked)
            throws Exception {
        String saved = mvc.perform(reportForm(user, "/evaluation/self-reports", team, "-1", kind, from, to, worked))
                .andReturn().getResponse().getRedirectedUrl();
        return saved.substring("/evaluation/self-reports/".length(), saved.indexOf('?'));
    }

    private String areaReport(String user, String kind, String from, String to, String worked) throws Exception {
        String saved = mvc.perform(reportForm(user, "/evaluation/area/reports", null, "-1", kind, from, to, worked))
                .andReturn().getResponse().getRedirectedUrl();
        return saved.substring("/evaluation/area/reports/".length(), saved.indexOf('?'));
    }

    private MockHttpServletRequestBuilder reportForm(String user, String path, TestTeams.Team team, String version,
            String kind, String from, String to, String worked) {
        MockHttpServletRequestBuilder form = users.as(user, post(path)).param("key", UUID.randomUUID().toString())
                .param("version", version).param("kind", kind).param("from", from).param("to", to)
                .param("whatWorked", worked).param("barriers", "Jonot");
        return team == null ? form : form.param("team", team.code());
    }

    /** Submits a team's draft (version 0) as a member of its team; returns its id. */
    private String submitted(String report) throws Exception {
        String member = jdbc.sql("""
                        select a.username from user_account a join ips_team_membership m
                          on m.staff_member_id = a.staff_member_id
                        join evaluation_self_report r on r.ips_team_id = m.ips_team_id where r.id = ?::uuid limit 1""")
                .param(report).query(String.class).single();
        submit(member, "/evaluation/self-reports/" + report);
        return report;
    }

    private void submit(String user, String path) throws Exception {
        assertThat(mvc.perform(users.as(user, post(path + "/submit").param("version", "0"))).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo(path + "?submitted");
    }

    private long study(String name, List<Short> areas, String evaluator) {
        PlaceraUser admin = (PlaceraUser) accounts.loadUserByUsername("admin");
        LocalDate today = north.today();
        return studies.create(new Studies.NewStudy(name, areas, today.minusYears(5), today, Study.Basis.PERMIT,
                "THL/27/2026", Study.DateHandling.MONTH, false, null, List.of(evaluator)), admin).id();
    }

    /** Opens, agrees and publishes a review of the team reviewed on the day, with its proposals (4 where none). */
    private void published(UUID team, LocalDate to, LocalDate reviewedOn) {
        UUID id = reviews.open(new NewReview(UUID.randomUUID(), (short) 17, team, to.minusMonths(6), to, reviewedOn,
                List.of("Arvioija Yksi", "Arvioija Kaksi"), UUID.randomUUID()));
        Review draft = reviews.find(id).orElseThrow();
        Map<String, ItemScore> items = new LinkedHashMap<>();
        draft.items().forEach((code, item) -> {
            int score = item.proposedScore() == null ? 4 : item.proposedScore();
            boolean weak = score < ItemScore.GOOD_ENOUGH;
            items.put(code, new ItemScore(code, score, Set.of(FidelityReviews.Source.SYSTEM_DATA), null, null,
                    item.proposedScore(), item.proposedFigures(), null, weak ? "Työ " + code : null,
                    weak ? "Esihenkilö" : null, weak ? reviewedOn.plusMonths(3) : null, List.of(score, score)));
        });
        reviews.agree(new Review(id, draft.version(), draft.areaId(), draft.ipsTeamId(), draft.scaleId(), draft.from(),
                draft.to(), draft.reviewedOn(), draft.state(), draft.reviewers(), items));
        Review agreed = reviews.find(id).orElseThrow();
        reviews.publish(new Review(id, agreed.version(), agreed.areaId(), agreed.ipsTeamId(), agreed.scaleId(),
                agreed.from(), agreed.to(), agreed.reviewedOn(), agreed.state(), agreed.reviewers(), items));
    }

    private Document page(String user, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(users.as(user, request)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private int statusOf(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(users.as(user, request)).andReturn().getResponse().getStatus();
    }
}
