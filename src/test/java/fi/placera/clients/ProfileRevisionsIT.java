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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Correcting and voiding what was recorded of the vocational profile (issue 24 §6, decisions 0076 and 0082): a profile
 * meeting recorded wrong is corrected, and a meeting or a disclosure discussion recorded by mistake is voided, by who
 * recorded it or the client's team leader, with a reason. The values replaced stay in the history, the published
 * facts (V2, V3) follow, and a voided meeting's number is not reused.
 */
@PlaceraIT
class ProfileRevisionsIT {

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
        team = teams.create("Profiilitiimi");
        coach = team.member("Profiloija", "COACH", "1");
        otherCoach = team.member("Kollega", "COACH", "1");
        leader = team.member("Vetäjä", "TEAM_LEADER", "1");
        client = given.client(coach).named("Pia", "Profiloitava").ofTeam(team.id()).agreedOn(team.day(30)).create();
        team.send(coach, profileOf(client) + "/meetings", "key", UUID.randomUUID().toString(),
                "profileMetOn", team.day(20), "profileCovered", "Vahvuudet");
    }

    @Test
    void whoRecordedItVoidsItAndTheNextMeetingTakesTheNextNumber() throws Exception {
        mvc.perform(voidMeeting(coach, 1, "Väärä asiakas")).andExpect(redirectedUrl(profileOf(client)));

        assertThat(profiles.meetings(client)).isEmpty();
        assertThat(profiles.progressOf(List.of(client))).doesNotContainKey(client);
        assertThat(page(leader).select("#revisions tbody tr").text()).contains("Mitätöity",
                "Tapaamisen päivä: " + team.day(20), "Vahvuudet", "Väärä asiakas", "Profiloija");
        team.send(coach, profileOf(client) + "/meetings", "key", UUID.randomUUID().toString(),
                "profileMetOn", team.day(10), "profileCovered", "Kiinnostukset");
        assertThat(profiles.meetings(client)).extracting(VocationalProfiles.Meeting::number).containsExactly(2);
    }

    @Test
    void theTeamLeaderVoidsItButAColleagueOfTheTeamIsRefused() throws Exception {
        String before = checksum.of("profile_meeting", "record_revision");
        assertThat(text(voidMeeting(otherCoach, 1, "Väärin"))).contains("Vain kirjauksen tehnyt");
        assertThat(checksum.of("profile_meeting", "record_revision")).isEqualTo(before);
        mvc.perform(voidMeeting(leader, 1, "Tuplana")).andExpect(redirectedUrl(profileOf(client)));
        assertThat(text(voidMeeting(leader, 1, "Uudestaan"))).contains("Joku muu tallensi");
    }

    @Test
    void strangersEmergencyAccessAMissingReasonAndMalformedNumbersAreRefused() throws Exception {
        String emergency = teams.emergencyReader(client, "VOCATIONAL_PROFILE");
        String before = checksum.of("profile_meeting", "record_revision");
        for (String stranger : teams.strangers(emergency)) {
            assertThat(mvc.perform(voidMeeting(stranger, 1, "Väärin")).andReturn().getResponse().getStatus())
                    .isIn(403, 404);
        }
        Document refused = Jsoup.parse(text(voidMeeting(coach, 1, "")));
        assertThat(refused.getElementById("voidReason-error").text())
                .isEqualTo("Kirjoita, miksi kirjaus korjataan tai mitätöidään (enintään 2000 merkkiä).");
        assertThat(refused.select("details[open] #voidReason")).hasSize(1);
        mvc.perform(users.as(coach, post(profileOf(client) + "/meetings/not-a-number/void")).param("voidReason", "Väärin"))
                .andExpect(status().is4xxClientError());
        assertThat(text(voidMeeting(coach, 7, "Väärin"))).contains("Joku muu tallensi");
        assertThat(checksum.of("profile_meeting", "record_revision")).isEqualTo(before);
    }

    @Test
    void aDisclosureDiscussionRecordedByMistakeLeavesTheDiscussionsItsRevisitAndTheFactsV2Reads() throws Exception {
        UUID key = UUID.randomUUID();
        team.send(coach, "/clients/" + client + "/disclosure", "key", key.toString(), "discussedOn", team.day(5),
                "disclosurePros", "Tuki työpaikalla", "disclosureCons", "Leimautuminen", "disclosureDecision", "PARTLY",
                "revisitOn", team.day(1));
        assertThat(profiles.disclosureDiscussions(client)).hasSize(1);
        assertThat(published(client)).isEqualTo(2);

        String before = checksum.of("disclosure_discussion", "record_revision");
        assertThat(text(voidDiscussion(otherCoach, key, "Väärin"))).contains("Vain kirjauksen tehnyt");
        assertThat(mvc.perform(voidDiscussion(users.newCoachOfAnotherTeam(), key, "Väärin")).andReturn().getResponse()
                .getStatus()).isIn(403, 404);
        assertThat(Jsoup.parse(text(voidDiscussion(coach, key, " "))).getElementById("voidReason-error")).isNotNull();
        assertThat(checksum.of("disclosure_discussion", "record_revision")).isEqualTo(before);

        mvc.perform(voidDiscussion(coach, key, "Väärä asiakas")).andExpect(redirectedUrl(profileOf(client)));
        assertThat(profiles.disclosureDiscussions(client)).isEmpty();
        assertThat(published(client)).as("the discussion V2 counts and the revisit on the week").isZero();
        assertThat(page(leader).select("#revisions tbody tr").text()).contains("Mitätöity",
                "Keskustelun päivä: " + team.day(5), "Väärä asiakas", "Profiloija");
        assertThat(text(voidDiscussion(leader, key, "Uudestaan"))).contains("Joku muu tallensi");
    }

    @Test
    void whoRecordedItCorrectsItTheFigureFollowsAndTheHistoryKeepsTheOldValues() throws Exception {
        mvc.perform(correct(coach, team.day(25), "Vahvuudet ja kiinnostukset", "Päivä väärin"))
                .andExpect(redirectedUrl(profileOf(client)));

        assertThat(profiles.meetings(client)).extracting(VocationalProfiles.Meeting::covered)
                .containsExactly("Vahvuudet ja kiinnostukset");
        assertThat(jdbc.sql("select met_on from planning_facts_profile_meeting where client_id = ?").param(client)
                .query(LocalDate.class).single()).isEqualTo(team.today().minusDays(25));
        assertThat(page(leader)
                .select("#revisions tbody tr").text()).contains("Korjattu", "Tapaamisen päivä: " + team.day(20),
                "Vahvuudet", "Päivä väärin", "Profiloija");
    }

    @Test
    void theTeamLeaderCorrectsItAColleagueIsRefusedAndNothingChangedIsRefused() throws Exception {
        String before = checksum.of("profile_meeting", "record_revision");
        assertThat(text(correct(otherCoach, team.day(25), "Vahvuudet", "Väärin"))).contains("Vain kirjauksen tehnyt");
        assertThat(text(correct(coach, team.day(20), "Vahvuudet", "Ei muutosta"))).contains("Mikään ei muuttunut");
        assertThat(text(correct(coach, team.day(-5), "Vahvuudet", "Tulevaisuudessa")))
                .contains("id=\"correctedMetOn-error\"");
        assertThat(checksum.of("profile_meeting", "record_revision")).isEqualTo(before);
        mvc.perform(correct(leader, team.day(22), "Vahvuudet", "Päivä väärin"))
                .andExpect(redirectedUrl(profileOf(client)));
        assertThat(profiles.meetings(client).get(0).metOn()).isEqualTo(team.today().minusDays(22));
    }

    @Test
    void strangersEmergencyAccessAndMalformedNumbersCannotCorrect() throws Exception {
        String emergency = teams.emergencyReader(client, "VOCATIONAL_PROFILE");
        String before = checksum.of("profile_meeting", "record_revision");
        for (String stranger : teams.strangers(emergency)) {
            assertThat(mvc.perform(correct(stranger, team.day(25), "Vahvuudet", "Väärin")).andReturn().getResponse()
                    .getStatus()).isIn(403, 404);
        }
        mvc.perform(users.as(coach, post(profileOf(client) + "/meetings/not-a-number/correct"))
                .param("correctionReason", "x")).andExpect(status().is4xxClientError());
        assertThat(text(users.as(coach, post(profileOf(client) + "/meetings/7/correct")).param("meeting", "7")
                .param("correctedMetOn", team.day(25)).param("correctedCovered", "Vahvuudet")
                .param("correctionReason", "Väärin"))).contains("Joku muu tallensi");
        assertThat(checksum.of("profile_meeting", "record_revision")).isEqualTo(before);
    }

    /** The client's rows in the published disclosure discussions (V2) and revisit days (the coach's week). */
    private int published(UUID client) {
        return jdbc.sql("""
                        select (select count(*) from planning_facts_disclosure_discussion where client_id = :client)
                             + (select count(*) from planning_facts_disclosure_revisit where client_id = :client)""")
                .param("client", client).query(Integer.class).single();
    }

    private MockHttpServletRequestBuilder voidDiscussion(String user, UUID key, String reason) {
        return users.as(user, post("/clients/" + client + "/disclosure/" + key + "/void"))
                .param("discussion", key.toString()).param("voidReason", reason);
    }

    private MockHttpServletRequestBuilder correct(String user, String day, String covered, String reason) {
        return users.as(user, post(profileOf(client) + "/meetings/1/correct")).param("meeting", "1")
                .param("correctedMetOn", day).param("correctedCovered", covered).param("correctionReason", reason);
    }

    private MockHttpServletRequestBuilder voidMeeting(String user, int number, String reason) {
        return users.as(user, post(profileOf(client) + "/meetings/" + number + "/void"))
                .param("meeting", String.valueOf(number)).param("voidReason", reason);
    }

    private Document page(String user) throws Exception {
        return Jsoup.parse(text(users.as(user, Locale.forLanguageTag("fi"), get(profileOf(client)))));
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static String profileOf(UUID client) {
        return "/clients/" + client + "/profile";
    }
}
