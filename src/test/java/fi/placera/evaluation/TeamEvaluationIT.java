package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.util.Locale;
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

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired FollowUps followUps;

    private TestTeams.Team team;
    private String coach;
    private String leader;

    @BeforeEach
    void team() {
        team = teams.create("Tiimiarviointi");
        coach = team.member("Valmentaja", "COACH", "1.0");
        leader = team.member("Vetäjä", "TEAM_LEADER", "0.5");
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(users.as(user)).with(csrf()).locale(FINNISH);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** The coach fills in a WHO-5 with every item at {@code value} (score value × 20) at the timepoint. */
    private void who5(UUID client, String timepoint, String value) throws Exception {
        String form = mvc.perform(as(coach, post("/clients/" + client + "/evaluation"))
                .param("key", UUID.randomUUID().toString()).param("instrument", "WHO-5").param("timepoint", timepoint)
                .param("mode", "COACH").param("language", "fi")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(as(coach, post(form)).param("item-1", value).param("item-2", value).param("item-3", value)
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
        Document inside = page(as(coach, get("/evaluation").param("team", team.code())));
        assertThat(inside.select("#team-change tbody tr").first().select("td").eachText().stream()
                .map(cell -> cell.replace('\u00a0', ' ')).toList())
                .containsExactly("WHO-5 hyvinvointi", "Hyvinvointi 0–100", "3", "6,7", "10", "1", "33,3 %");
        Document outside = page(as("manager", get("/evaluation").param("team", team.code())));
        assertThat(outside.select("#team-change tbody tr").first().select("td").eachText())
                .containsExactly("WHO-5 hyvinvointi", "Hyvinvointi 0–100", "<5", "<5", "10", "<5", "<5");
        assertThat(outside.select("#team-responses")).isEmpty();
        assertThat(outside.select("form[action='/evaluation/questionnaires']")).isEmpty();
    }

    @Test
    void anEmployerAnswersAQuestionnaireAboutTheTeamsWorkThroughALink() throws Exception {
        Document refused = page(as(coach, post("/evaluation/questionnaires")).param("team", team.code())
                .param("key", UUID.randomUUID().toString()).param("instrument", "EMPLOYER_FEEDBACK")
                .param("respondentName", "").param("periodFrom", "1.1.2026").param("periodTo", "30.6.2026")
                .param("language", "fi"));
        assertThat(refused.getElementById("respondentName-error")).isNotNull();
        assertThat(refused.getElementById("periodTo").attr("value")).isEqualTo("30.6.2026");

        Document made = page(as(coach, post("/evaluation/questionnaires")).param("team", team.code())
                .param("key", UUID.randomUUID().toString()).param("instrument", "EMPLOYER_FEEDBACK")
                .param("respondentName", "Kahvila Oy, Maija").param("periodFrom", "1.1.2026")
                .param("periodTo", "30.6.2026").param("language", "fi"));
        String url = made.getElementById("link-url").attr("value");
        String token = url.substring(url.indexOf("/q/") + 3);
        Document answered = page(post("/q/" + token).with(csrf()).param("item-reach", "4").param("item-support", "5")
                .param("item-comments", "Hyvää yhteistyötä").param("submit", "true"));
        assertThat(answered.getElementById("thanks")).isNotNull();

        Document inside = page(as(leader, get("/evaluation").param("team", team.code())));
        assertThat(inside.select("#team-responses tbody tr").first().select("td").eachText())
                .containsExactly("Työnantajan palaute", "Kahvila Oy, Maija", "1.1.2026–30.6.2026", "Vastattu", "4,5");
    }

    @Test
    void theLeaderSetsTheProgrammePeriodAndTheMidPointFallsDue() throws Exception {
        Document refused = page(as(leader, post("/evaluation/programme")).param("team", team.code())
                .param("startsOn", "1.6.2026").param("endsOn", "1.1.2026"));
        assertThat(refused.getElementById("endsOn-error").text()).isEqualTo("Jakson loppu ei voi olla ennen sen alkua.");
        assertThat(refused.getElementById("startsOn").attr("value")).isEqualTo("1.6.2026");
        assertThat(mvc.perform(as(coach, post("/evaluation/programme")).param("team", team.code())
                .param("startsOn", "1.1.2026").param("endsOn", "31.12.2026")).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        String start = team.day(100);
        String end = team.today().plusDays(100).format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
        mvc.perform(as(leader, post("/evaluation/programme")).param("team", team.code()).param("startsOn", start)
                .param("endsOn", end));
        UUID client = team.client(coach, "Ohjelma");
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(50), "howAgreed",
                "STRONG_IDENTIFICATION");
        assertThat(followUps.of(client)).filteredOn(f -> f.timepoint().equals("MID_POINT"))
                .extracting(FollowUps.FollowUp::dueOn).containsOnly(team.today());
        assertThat(followUps.of(client)).filteredOn(f -> f.timepoint().equals("END"))
                .extracting(FollowUps.FollowUp::dueOn).containsOnly(team.today().plusDays(100));
    }
}
