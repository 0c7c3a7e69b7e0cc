package fi.placera.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.meetings.ClientMeetings.Mode;
import fi.placera.meetings.ClientMeetings.Participant;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.time.LocalDate;
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
 * Correcting and voiding a note of a meeting with the client (issue 24 §6, decisions 0076 and 0082): who recorded it
 * or the client's team leader, with a reason. A correction keeps the values replaced in the history and the last
 * contacts follow the corrected day; a note recorded by mistake is voided, kept with its history, and leaves the
 * meetings and the last contacts.
 */
@PlaceraIT
class ClientMeetingRevisionsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TestTeams teams;
    @Autowired ClientMeetings meetings;
    @Autowired TableChecksum checksum;
    @Autowired JdbcClient jdbc;

    private TestTeams.Team team;
    private String coach;
    private String otherCoach;
    private String leader;
    private UUID client;
    private UUID meeting;

    @BeforeEach
    void aMeetingNoteRecordedByACoach() throws Exception {
        team = teams.create("Tapaamistiimi");
        coach = team.member("Tapaaja", "COACH", "1");
        otherCoach = team.member("Kollega", "COACH", "1");
        leader = team.member("Vetäjä", "TEAM_LEADER", "1");
        client = given.client(coach).named("Tea", "Tavattava").ofTeam(team.id()).agreedOn(team.day(30)).create();
        mvc.perform(users.as(coach, post(meetingsOf(client))).param("key", UUID.randomUUID().toString())
                        .param("metOn", team.day(3)).param("metAt", "9.00").param("mode", "COMMUNITY")
                        .param("participants", "CLIENT", "COACH").param("note", "Kahvilla"))
                .andExpect(status().is3xxRedirection());
        meeting = meetings.meetingsOf(client).get(0).idempotencyKey();
    }

    @Test
    void whoRecordedItVoidsItAndItLeavesTheLastContactsButStaysInTheHistory() throws Exception {
        assertThat(overview().select("#contacts-heading + ul li").text()).contains(team.day(3));
        mvc.perform(voidMeeting(coach, meeting, "Väärä asiakas")).andExpect(redirectedUrl(meetingsOf(client)));

        assertThat(meetings.meetingsOf(client)).isEmpty();
        assertThat(overview().select("#contacts-heading + ul li").text()).doesNotContain(team.day(3));
        assertThat(page(leader).select("#revisions tbody tr").text()).contains("Mitätöity",
                "Tapaamisen päivä: " + team.day(3), "Väärä asiakas", "Tapaaja");
    }

    @Test
    void theTeamLeaderVoidsItButAColleagueOfTheTeamIsRefused() throws Exception {
        String before = checksum.of("client_meeting", "record_revision");
        assertThat(text(voidMeeting(otherCoach, meeting, "Väärin"))).contains("Vain kirjauksen tehnyt");
        assertThat(checksum.of("client_meeting", "record_revision")).isEqualTo(before);
        mvc.perform(voidMeeting(leader, meeting, "Tuplana")).andExpect(redirectedUrl(meetingsOf(client)));
        assertThat(text(voidMeeting(leader, meeting, "Uudestaan"))).contains("Joku muu tallensi");
    }

    @Test
    void anotherTeamAnotherAreaAndEmergencyAccessCannotVoid() throws Exception {
        String emergency = teams.emergencyReader(client, "SERVICE_RECORD");
        String before = checksum.of("client_meeting", "record_revision");
        for (String stranger : teams.strangers(emergency)) {
            assertThat(mvc.perform(voidMeeting(stranger, meeting, "Väärin")).andReturn().getResponse().getStatus())
                    .isIn(403, 404);
        }
        assertThat(checksum.of("client_meeting", "record_revision")).isEqualTo(before);
    }

    @Test
    void aReasonIsRequiredAndMalformedOrForeignNotesAreRefused() throws Exception {
        String before = checksum.of("client_meeting", "record_revision");
        Document refused = Jsoup.parse(text(voidMeeting(coach, meeting, "")));
        assertThat(refused.getElementById("voidReason-error").text())
                .isEqualTo("Kirjoita, miksi kirjaus korjataan tai mitätöidään (enintään 2000 merkkiä).");
        assertThat(refused.select("details[open] #voidReason")).hasSize(1);
        mvc.perform(users.as(coach, post(meetingsOf(client) + "/not-an-id/void")).param("voidReason", "Väärin"))
                .andExpect(status().is4xxClientError());
        UUID otherClient = given.client(coach).named("Olli", "Muu").ofTeam(team.id()).agreedOn(team.day(30)).create();
        assertThat(text(users.as(coach, post(meetingsOf(otherClient) + "/" + meeting + "/void"))
                .param("meeting", meeting.toString()).param("voidReason", "Väärin"))).contains("Joku muu tallensi");
        assertThat(checksum.of("client_meeting", "record_revision")).isEqualTo(before);
    }

    @Test
    void whoRecordedItCorrectsItTheLastContactsFollowAndTheHistoryKeepsTheOldValues() throws Exception {
        mvc.perform(correct(coach, team.day(5), "PHONE", "Puhelimessa", "Päivä ja tapa väärin"))
                .andExpect(redirectedUrl(meetingsOf(client)));

        ClientMeetings.Meeting corrected = meetings.meetingsOf(client).get(0);
        assertThat(corrected.metOn()).isEqualTo(team.today().minusDays(5));
        assertThat(corrected.mode()).isEqualTo(Mode.PHONE);
        assertThat(corrected.participants()).containsExactlyInAnyOrder(Participant.CLIENT, Participant.COACH);
        assertThat(jdbc.sql("select max(met_on) from meetings_facts_client_meeting where client_id = ?").param(client)
                .query(LocalDate.class).single()).isEqualTo(team.today().minusDays(5));
        assertThat(page(leader).select("#revisions tbody tr").text()).contains("Korjattu",
                "Tapaamisen päivä: " + team.day(3), "Kahvilla", "Päivä ja tapa väärin", "Tapaaja");
    }

    @Test
    void theTeamLeaderCorrectsItAColleagueIsRefusedAndNothingChangedIsRefused() throws Exception {
        String before = checksum.of("client_meeting", "record_revision");
        assertThat(text(correct(otherCoach, team.day(5), "PHONE", "Kahvilla", "Väärin"))).contains("Vain kirjauksen tehnyt");
        assertThat(text(correct(coach, team.day(3), "COMMUNITY", "Kahvilla", "Ei muutosta"))).contains("Mikään ei muuttunut");
        assertThat(text(users.as(coach, post(meetingsOf(client) + "/" + meeting + "/correct"))
                .param("meeting", meeting.toString()).param("correctedMetOn", team.day(3)).param("correctedMode", "PHONE")
                .param("correctionReason", "Ei osallistujia"))).contains("id=\"correctedParticipants-error\"");
        assertThat(checksum.of("client_meeting", "record_revision")).isEqualTo(before);
        mvc.perform(correct(leader, team.day(4), "VIDEO", "Kahvilla", "Tapa väärin"))
                .andExpect(redirectedUrl(meetingsOf(client)));
        assertThat(meetings.meetingsOf(client).get(0).mode()).isEqualTo(Mode.VIDEO);
    }

    @Test
    void strangersEmergencyAccessAndMalformedIdsCannotCorrect() throws Exception {
        String emergency = teams.emergencyReader(client, "SERVICE_RECORD");
        String before = checksum.of("client_meeting", "record_revision");
        for (String stranger : teams.strangers(emergency)) {
            assertThat(mvc.perform(correct(stranger, team.day(5), "PHONE", "Kahvilla", "Väärin")).andReturn()
                    .getResponse().getStatus()).isIn(403, 404);
        }
        mvc.perform(users.as(coach, post(meetingsOf(client) + "/not-an-id/correct")).param("correctionReason", "x"))
                .andExpect(status().is4xxClientError());
        UUID otherClient = given.client(coach).named("Olli", "Muu").ofTeam(team.id()).agreedOn(team.day(30)).create();
        assertThat(text(users.as(coach, post(meetingsOf(otherClient) + "/" + meeting + "/correct"))
                .param("meeting", meeting.toString()).param("correctedMetOn", team.day(5)).param("correctedMode", "PHONE")
                .param("correctedParticipants", "CLIENT").param("correctionReason", "Väärin")))
                .contains("Joku muu tallensi");
        assertThat(checksum.of("client_meeting", "record_revision")).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder correct(String user, String day, String mode, String note, String reason) {
        return users.as(user, post(meetingsOf(client) + "/" + meeting + "/correct")).param("meeting", meeting.toString())
                .param("correctedMetOn", day).param("correctedMode", mode)
                .param("correctedParticipants", "CLIENT", "COACH").param("correctedNote", note)
                .param("correctionReason", reason);
    }

    private MockHttpServletRequestBuilder voidMeeting(String user, UUID key, String reason) {
        return users.as(user, post(meetingsOf(client) + "/" + key + "/void")).param("meeting", key.toString())
                .param("voidReason", reason);
    }

    private Document page(String user) throws Exception {
        return Jsoup.parse(text(users.as(user, Locale.forLanguageTag("fi"), get(meetingsOf(client)))));
    }

    private Document overview() throws Exception {
        return Jsoup.parse(text(users.as(coach, Locale.forLanguageTag("fi"), get("/clients/" + client))));
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static String meetingsOf(UUID client) {
        return "/clients/" + client + "/meetings";
    }
}
