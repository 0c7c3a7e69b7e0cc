package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.consent.Consents;
import fi.placera.planning.ActionPlans;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.CounsellingDue;
import fi.placera.planning.VocationalProfiles;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Correcting and voiding over the API (issue 24 §6, decision 0082), with the rules of the pages: who recorded the
 * record or the client's team leader, with a reason; another coach of the team is refused (400) and nothing changes;
 * another team gets 404; a voided record leaves the figure it fed.
 */
@PlaceraIT
class RevisionsApiIT {

    private static final List<String> WRITTEN = List.of("action_plan_review", "benefits_counselling", "profile_meeting",
            "disclosure_discussion", "consent", "record_revision");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TestTeams teams;
    @Autowired ActionPlans plans;
    @Autowired BenefitsCounselling counselling;
    @Autowired VocationalProfiles profiles;
    @Autowired Consents consents;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private TestTeams.Team team;
    private String coach;
    private String otherCoach;
    private String leader;
    private UUID client;

    @BeforeEach
    void aClientWithOneRecordOfEachKind() throws Exception {
        team = teams.create("Rajapintatiimi");
        coach = team.member("Kirjaaja", "COACH", "1");
        otherCoach = team.member("Kollega", "COACH", "1");
        leader = team.member("Vetäjä", "TEAM_LEADER", "1");
        client = given.client(coach).named("Aapo", "Rajapinta").ofTeam(team.id()).agreedOn(team.day(100))
                .plan("Työ", null).consentToTheCareTeam("SERVICE_RECORD").create();
        String record = "/clients/" + client;
        team.send(coach, record + "/plan/reviews", "reviewedOn", team.day(5), "milestone", "3", "whatChanged", "Tarkentui");
        team.send(coach, record + "/counselling", "key", UUID.randomUUID().toString(), "counselledOn", team.day(90),
                "counsellor", "COACH", "topics", "EARNINGS_LIMITS");
        team.send(coach, record + "/profile/meetings", "key", UUID.randomUUID().toString(), "profileMetOn",
                team.day(80), "profileCovered", "Vahvuudet");
        team.send(coach, record + "/disclosure", "key", UUID.randomUUID().toString(), "discussedOn", team.day(70),
                "disclosurePros", "Tuki", "disclosureCons", "Leima", "disclosureDecision", "PARTLY");
    }

    @Test
    void theRecorderVoidsAndCorrectsEachKindAndTheFiguresFollow() throws Exception {
        UUID review = plans.reviews(client).get(0).id();
        api(coach, "/plan/reviews/" + review + "/void", "{\"reason\": \"Väärä asiakas\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.reviews").isEmpty());
        assertThat(jdbc.sql("select done from planning_facts_plan_review(array[3]) where client_id = ?").param(client)
                .query(Boolean.class).single()).isFalse();

        UUID session = counselling.sessions(client).get(0).idempotencyKey();
        api(coach, "/counselling/" + session + "/correct", """
                {"counselledOn": "%s", "counsellor": "COACH", "topics": ["HOUSING_ALLOWANCE"], "reason": "Aihe väärin"}"""
                .formatted(team.today().minusDays(90))).andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions[0].topics[0]").value("HOUSING_ALLOWANCE"));
        assertThat(counselling.dues(client)).extracting(CounsellingDue::met).containsExactly(true);
        api(coach, "/counselling/" + session + "/void", "{\"reason\": \"Väärä asiakas\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions").isEmpty());
        assertThat(counselling.dues(client)).extracting(CounsellingDue::met).containsExactly(false);

        api(coach, "/profile/meetings/1/correct", """
                {"metOn": "%s", "covered": "Vahvuudet ja toiveet", "reason": "Lisäys"}"""
                .formatted(team.today().minusDays(80))).andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings[0].covered").value("Vahvuudet ja toiveet"));
        api(coach, "/profile/meetings/1/void", "{\"reason\": \"Väärä asiakas\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings").isEmpty());
        assertThat(jdbc.sql("select count(*) from planning_facts_profile_meeting where client_id = ?").param(client)
                .query(Integer.class).single()).isZero();

        UUID discussion = profiles.recordedDisclosureDiscussions(client).get(0).key();
        api(coach, "/disclosure-discussions/" + discussion + "/void", "{\"reason\": \"Väärä asiakas\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.disclosureDiscussions").isEmpty());
        assertThat(jdbc.sql("select count(*) from planning_facts_disclosure_discussion where client_id = ?")
                .param(client).query(Integer.class).single()).isZero();

        UUID consent = consents.consentsOf(client).get(0).id();
        api(coach, "/consents/" + consent + "/void", "{\"reason\": \"Väärä asiakas\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        assertThat(jdbc.sql("select count(*) from consent_facts_in_force(current_date) where client_id = ?")
                .param(client).query(Integer.class).single()).isZero();
    }

    @Test
    void aColleagueIsRefusedTheLeaderMayAndAnotherTeamFindsNothing() throws Exception {
        UUID review = plans.reviews(client).get(0).id();
        UUID session = counselling.sessions(client).get(0).idempotencyKey();
        UUID discussion = profiles.recordedDisclosureDiscussions(client).get(0).key();
        UUID consent = consents.consentsOf(client).get(0).id();
        List<String> paths = List.of("/plan/reviews/" + review + "/void", "/counselling/" + session + "/void",
                "/profile/meetings/1/void", "/disclosure-discussions/" + discussion + "/void",
                "/consents/" + consent + "/void");
        List<String> before = written();
        String stranger = teams.create("Muu tiimi").member("Muu", "TEAM_LEADER", "1");
        for (String path : paths) {
            api(otherCoach, path, "{\"reason\": \"Väärin\"}").andExpect(status().isBadRequest());
            api(stranger, path, "{\"reason\": \"Väärin\"}").andExpect(status().isNotFound());
            api(coach, path, "{}").andExpect(status().isBadRequest());
        }
        api(otherCoach, "/counselling/" + session + "/correct", """
                {"counselledOn": "%s", "counsellor": "COACH", "topics": ["OTHER"], "reason": "Väärin"}"""
                .formatted(team.today().minusDays(90))).andExpect(status().isBadRequest());
        api(coach, "/profile/meetings/not-a-number/void", "{\"reason\": \"Väärin\"}").andExpect(status().is4xxClientError());
        assertThat(written()).isEqualTo(before);
        for (String path : paths) {
            api(leader, path, "{\"reason\": \"Tiiminvetäjä korjaa\"}").andExpect(status().isOk());
        }
        assertThat(jdbc.sql("select count(*) from record_revision where client_id = ? and action = 'VOIDED'")
                .param(client).query(Integer.class).single()).isEqualTo(5);
    }

    private ResultActions api(String user, String path, String body) throws Exception {
        return mvc.perform(users.as(user, post("/api/v1/clients/" + client + path))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private List<String> written() {
        return WRITTEN.stream().map(checksum::of).toList();
    }
}
