package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.planning.ActionPlans;
import fi.placera.planning.ReviewDue;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Voiding an action-plan review recorded by mistake (issue 24 §6, decision 0082): who recorded it or the client's
 * team leader, with a reason; kept with its history, it leaves the scheduled reviews (the team view's figure), and
 * its milestone can be recorded again.
 */
@PlaceraIT
class PlanReviewVoidIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TestTeams teams;
    @Autowired ActionPlans plans;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private TestTeams.Team team;
    private String coach;
    private String otherCoach;
    private String leader;
    private UUID client;
    private UUID review;

    @BeforeEach
    void aThreeMonthReviewRecordedByACoach() throws Exception {
        team = teams.create("Suunnitelmatiimi");
        coach = team.member("Suunnittelija", "COACH", "1");
        otherCoach = team.member("Kollega", "COACH", "1");
        leader = team.member("Vetäjä", "TEAM_LEADER", "1");
        client = given.client(coach).named("Sanna", "Suunnitelmallinen").ofTeam(team.id()).agreedOn(team.day(100))
                .plan("Työ kaupasta", null).create();
        mvc.perform(users.as(coach, post(planOf(client) + "/reviews")).param("reviewedOn", team.day(5))
                .param("milestone", "3").param("whatChanged", "Tavoite tarkentui")).andExpect(redirectedUrl(planOf(client)));
        review = plans.reviews(client).get(0).id();
    }

    @Test
    void whoRecordedItVoidsItTheThreeMonthReviewIsOpenAgainInTheFigureAndCanBeRecordedAgain() throws Exception {
        assertThat(threeMonthReviewDone()).isTrue();
        mvc.perform(voidReview(coach, review, "Väärän asiakkaan tarkastelu")).andExpect(redirectedUrl(planOf(client)));

        assertThat(plans.reviews(client)).isEmpty();
        assertThat(threeMonthReviewDone()).isFalse();
        assertThat(plans.reviewsDue(client)).filteredOn(due -> due.milestone() == 3).extracting(ReviewDue::done)
                .containsExactly(false);
        assertThat(Jsoup.parse(text(users.as(leader, Locale.forLanguageTag("fi"), get(planOf(client)))))
                .select("#revisions tbody tr").text()).contains("Mitätöity", "Tavoite tarkentui",
                "Väärän asiakkaan tarkastelu", "Suunnittelija");
        mvc.perform(users.as(coach, post(planOf(client) + "/reviews")).param("reviewedOn", team.day(1))
                .param("milestone", "3").param("whatChanged", "Oikea tarkastelu")).andExpect(redirectedUrl(planOf(client)));
        assertThat(threeMonthReviewDone()).isTrue();
    }

    @Test
    void theTeamLeaderVoidsItButAColleagueOfTheTeamIsRefused() throws Exception {
        String before = written();
        assertThat(text(voidReview(otherCoach, review, "Väärin"))).contains("Vain kirjauksen tehnyt");
        assertThat(written()).isEqualTo(before);
        mvc.perform(voidReview(leader, review, "Tuplana")).andExpect(redirectedUrl(planOf(client)));
        assertThat(plans.reviews(client)).isEmpty();
        assertThat(text(voidReview(leader, review, "Uudestaan"))).contains("Joku muu tallensi");
    }

    @Test
    void anotherTeamAnotherAreaEmergencyAccessAndMalformedIdsCannotVoid() throws Exception {
        String emergency = teams.emergencyReader(client, "ACTION_PLAN");
        String before = written();
        for (String stranger : List.of(emergency, users.newCoachOfAnotherTeam(),
                teams.create("Muu tiimi").member("Muu", "TEAM_LEADER", "1"), users.newTeamLeaderOfAnotherArea())) {
            assertThat(mvc.perform(voidReview(stranger, review, "Väärin")).andReturn().getResponse().getStatus())
                    .isIn(403, 404);
        }
        mvc.perform(users.as(coach, post(planOf(client) + "/reviews/not-an-id/void")).param("voidReason", "Väärin"))
                .andExpect(status().is4xxClientError());
        UUID otherClient = given.client(coach).named("Olli", "Muu").ofTeam(team.id()).agreedOn(team.day(30)).create();
        assertThat(text(users.as(coach, post(planOf(otherClient) + "/reviews/" + review + "/void"))
                .param("review", review.toString()).param("voidReason", "Väärin"))).contains("Joku muu tallensi");
        assertThat(written()).isEqualTo(before);
    }

    private boolean threeMonthReviewDone() {
        return jdbc.sql("select done from planning_facts_plan_review(array[3]) where client_id = ?").param(client)
                .query(Boolean.class).single();
    }

    private String written() {
        return checksum.of("action_plan_review") + checksum.of("record_revision");
    }

    private MockHttpServletRequestBuilder voidReview(String user, UUID key, String reason) {
        return users.as(user, post(planOf(client) + "/reviews/" + key + "/void")).param("review", key.toString())
                .param("voidReason", reason);
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static String planOf(UUID client) {
        return "/clients/" + client + "/plan";
    }
}
