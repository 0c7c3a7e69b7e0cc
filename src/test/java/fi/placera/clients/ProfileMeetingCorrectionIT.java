package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.planning.VocationalProfiles;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.time.LocalDate;
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
 * Correcting a vocational-profile meeting recorded wrong (issue 24 §6, decision 0082): who recorded it or the
 * client's team leader, with a reason; the values replaced stay in the history and V3's published meetings follow.
 */
@PlaceraIT
class ProfileMeetingCorrectionIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TestTeams teams;
    @Autowired VocationalProfiles profiles;
    @Autowired TableChecksum checksum;
    @Autowired JdbcClient jdbc;

    private TestTeams.Team team;
    private String coach;
    private String otherCoach;
    private String leader;
    private UUID client;

    @BeforeEach
    void aProfileMeetingRecordedByACoach() throws Exception {
        team = teams.create("Profiilikorjaus");
        coach = team.member("Profiloija", "COACH", "1");
        otherCoach = team.member("Kollega", "COACH", "1");
        leader = team.member("Vetäjä", "TEAM_LEADER", "1");
        client = given.client(coach).named("Pekka", "Profiloitava").ofTeam(team.id()).agreedOn(team.day(30)).create();
        team.send(coach, profileOf(client) + "/meetings", "key", UUID.randomUUID().toString(),
                "profileMetOn", team.day(20), "profileCovered", "Vahvuudet");
    }

    @Test
    void whoRecordedItCorrectsItTheFigureFollowsAndTheHistoryKeepsTheOldValues() throws Exception {
        mvc.perform(correct(coach, team.day(25), "Vahvuudet ja kiinnostukset", "Päivä väärin"))
                .andExpect(redirectedUrl(profileOf(client)));

        assertThat(profiles.meetings(client)).extracting(VocationalProfiles.Meeting::covered)
                .containsExactly("Vahvuudet ja kiinnostukset");
        assertThat(jdbc.sql("select met_on from planning_facts_profile_meeting where client_id = ?").param(client)
                .query(LocalDate.class).single()).isEqualTo(team.today().minusDays(25));
        assertThat(Jsoup.parse(text(users.as(leader, Locale.forLanguageTag("fi"), get(profileOf(client)))))
                .select("#revisions tbody tr").text()).contains("Korjattu", "Tapaamisen päivä: " + team.day(20),
                "Vahvuudet", "Päivä väärin", "Profiloija");
    }

    @Test
    void theTeamLeaderCorrectsItAColleagueIsRefusedAndNothingChangedIsRefused() throws Exception {
        String before = written();
        assertThat(text(correct(otherCoach, team.day(25), "Vahvuudet", "Väärin"))).contains("Vain kirjauksen tehnyt");
        assertThat(text(correct(coach, team.day(20), "Vahvuudet", "Ei muutosta"))).contains("Mikään ei muuttunut");
        assertThat(text(correct(coach, team.day(-5), "Vahvuudet", "Tulevaisuudessa")))
                .contains("id=\"correctedMetOn-error\"");
        assertThat(written()).isEqualTo(before);
        mvc.perform(correct(leader, team.day(22), "Vahvuudet", "Päivä väärin"))
                .andExpect(redirectedUrl(profileOf(client)));
        assertThat(profiles.meetings(client).get(0).metOn()).isEqualTo(team.today().minusDays(22));
    }

    @Test
    void anotherTeamAnotherAreaEmergencyAccessAndMalformedNumbersCannotCorrect() throws Exception {
        String emergency = users.newCoachOfAnotherTeam();
        mvc.perform(users.as(emergency, post("/clients/" + client + "/emergency")
                        .param("reason", "Client called in crisis; own coach unreachable")
                        .param("kinds", "VOCATIONAL_PROFILE")))
                .andExpect(redirectedUrl("/clients/" + client));
        String before = written();
        for (String stranger : List.of(emergency, users.newCoachOfAnotherTeam(),
                teams.create("Muu tiimi").member("Muu", "TEAM_LEADER", "1"), users.newTeamLeaderOfAnotherArea())) {
            assertThat(mvc.perform(correct(stranger, team.day(25), "Vahvuudet", "Väärin")).andReturn().getResponse()
                    .getStatus()).isIn(403, 404);
        }
        mvc.perform(users.as(coach, post(profileOf(client) + "/meetings/not-a-number/correct"))
                .param("correctionReason", "x")).andExpect(status().is4xxClientError());
        assertThat(text(users.as(coach, post(profileOf(client) + "/meetings/7/correct")).param("meeting", "7")
                .param("correctedMetOn", team.day(25)).param("correctedCovered", "Vahvuudet")
                .param("correctionReason", "Väärin"))).contains("Joku muu tallensi");
        assertThat(written()).isEqualTo(before);
    }

    private String written() {
        return checksum.of("profile_meeting") + checksum.of("record_revision");
    }

    private MockHttpServletRequestBuilder correct(String user, String day, String covered, String reason) {
        return users.as(user, post(profileOf(client) + "/meetings/1/correct")).param("meeting", "1")
                .param("correctedMetOn", day).param("correctedCovered", covered).param("correctionReason", reason);
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static String profileOf(UUID client) {
        return "/clients/" + client + "/profile";
    }
}
