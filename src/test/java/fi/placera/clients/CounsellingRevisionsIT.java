package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.BenefitsCounselling.Counsellor;
import fi.placera.planning.BenefitsCounselling.Topic;
import fi.placera.planning.CounsellingDue;
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
 * Correcting and voiding a benefits counselling session (issue 24 §6, decisions 0076 and 0082): who recorded it or
 * the client's team leader, with a reason. A correction keeps the values replaced in the history and the figures
 * follow the corrected session (the due it meets, V1's published sessions); a session recorded by mistake is voided,
 * kept with its history, and meets no counselling due.
 */
@PlaceraIT
class CounsellingRevisionsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TestTeams teams;
    @Autowired BenefitsCounselling counselling;
    @Autowired TableChecksum checksum;
    @Autowired JdbcClient jdbc;

    private TestTeams.Team team;
    private String coach;
    private String otherCoach;
    private String leader;
    private UUID client;
    private UUID session;

    @BeforeEach
    void aSessionRecordedByACoach() throws Exception {
        team = teams.create("Neuvontatiimi");
        coach = team.member("Neuvoja", "COACH", "1");
        otherCoach = team.member("Kollega", "COACH", "1");
        leader = team.member("Vetäjä", "TEAM_LEADER", "1");
        client = given.client(coach).named("Niina", "Neuvottava").ofTeam(team.id()).agreedOn(team.day(30)).create();
        mvc.perform(users.as(coach, post("/clients/" + client + "/counselling")).param("key", UUID.randomUUID().toString())
                        .param("counselledOn", team.day(20)).param("counsellor", "COACH")
                        .param("topics", "EARNINGS_LIMITS"))
                .andExpect(redirectedUrl(counsellingOf(client)));
        session = counselling.sessions(client).get(0).idempotencyKey();
    }

    @Test
    void whoRecordedItVoidsItTheStartOfServiceDueIsOpenAgainAndTheHistoryShowsIt() throws Exception {
        assertThat(counselling.dues(client)).extracting(CounsellingDue::met).containsExactly(true);
        mvc.perform(voidSession(coach, session, "Väärä asiakas")).andExpect(redirectedUrl(counsellingOf(client)));

        assertThat(counselling.sessions(client)).isEmpty();
        assertThat(counselling.dues(client)).extracting(CounsellingDue::met).containsExactly(false);
        assertThat(page(leader).select("#revisions tbody tr").text()).contains("Mitätöity",
                "Ohjauksen päivä: " + team.day(20), "Aiheet: Tulorajat", "Väärä asiakas", "Neuvoja");
    }

    @Test
    void theTeamLeaderVoidsItButAColleagueOfTheTeamIsRefused() throws Exception {
        String before = checksum.of("benefits_counselling", "record_revision");
        assertThat(text(voidSession(otherCoach, session, "Väärin"))).contains("Vain kirjauksen tehnyt");
        assertThat(checksum.of("benefits_counselling", "record_revision")).isEqualTo(before);
        mvc.perform(voidSession(leader, session, "Tuplana")).andExpect(redirectedUrl(counsellingOf(client)));
        assertThat(counselling.sessions(client)).isEmpty();
        assertThat(text(voidSession(leader, session, "Uudestaan"))).contains("Joku muu tallensi");
    }

    @Test
    void anotherTeamAnotherAreaAndEmergencyAccessCannotVoid() throws Exception {
        String emergency = teams.emergencyReader(client, "BENEFITS");
        String before = checksum.of("benefits_counselling", "record_revision");
        for (String stranger : teams.strangers(emergency)) {
            assertThat(mvc.perform(voidSession(stranger, session, "Väärin")).andReturn().getResponse().getStatus())
                    .isIn(403, 404);
        }
        assertThat(checksum.of("benefits_counselling", "record_revision")).isEqualTo(before);
    }

    @Test
    void aReasonIsRequiredAndMalformedOrForeignSessionsAreRefused() throws Exception {
        String before = checksum.of("benefits_counselling", "record_revision");
        Document refused = Jsoup.parse(text(voidSession(coach, session, "")));
        assertThat(refused.getElementById("voidReason-error").text())
                .isEqualTo("Kirjoita, miksi kirjaus korjataan tai mitätöidään (enintään 2000 merkkiä).");
        assertThat(refused.select("details[open] #voidReason")).hasSize(1);
        mvc.perform(users.as(coach, post(counsellingOf(client) + "/not-an-id/void")).param("voidReason", "Väärin"))
                .andExpect(status().is4xxClientError());
        UUID otherClient = given.client(coach).named("Olli", "Muu").ofTeam(team.id()).agreedOn(team.day(30)).create();
        assertThat(text(users.as(coach, post(counsellingOf(otherClient) + "/" + session + "/void"))
                .param("session", session.toString()).param("voidReason", "Väärin"))).contains("Joku muu tallensi");
        assertThat(checksum.of("benefits_counselling", "record_revision")).isEqualTo(before);
    }

    @Test
    void whoRecordedItCorrectsItTheDueAndTheFigureFollowAndTheHistoryKeepsTheOldValues() throws Exception {
        assertThat(counselling.dues(client)).extracting(CounsellingDue::met).containsExactly(true);
        // the session was in fact a year ago, before the service began: it no longer meets the start-of-service due
        mvc.perform(correct(coach, team.day(365), "BENEFITS_ADVISER", "Erkki Etuus", "Päivä ja neuvoja väärin"))
                .andExpect(redirectedUrl(counsellingOf(client)));

        BenefitsCounselling.Session corrected = counselling.sessions(client).get(0);
        assertThat(corrected.counselledOn()).isEqualTo(team.today().minusDays(365));
        assertThat(corrected.counsellor()).isEqualTo(Counsellor.BENEFITS_ADVISER);
        assertThat(corrected.topics()).containsExactly(Topic.HOUSING_ALLOWANCE);
        assertThat(counselling.dues(client)).extracting(CounsellingDue::met).containsExactly(false);
        assertThat(jdbc.sql("select counselled_on from planning_facts_benefits_counselling where client_id = ?")
                .param(client).query(LocalDate.class).single()).isEqualTo(team.today().minusDays(365));
        assertThat(page(leader)
                .select("#revisions tbody tr").text()).contains("Korjattu", "Ohjauksen päivä: " + team.day(20),
                "Aiheet: Tulorajat", "Päivä ja neuvoja väärin", "Neuvoja");
    }

    @Test
    void theTeamLeaderCorrectsItAColleagueIsRefusedAndNothingChangedIsRefused() throws Exception {
        String before = checksum.of("benefits_counselling", "record_revision");
        assertThat(text(correct(otherCoach, team.day(10), "COACH", "", "Väärin"))).contains("Vain kirjauksen tehnyt");
        assertThat(text(users.as(coach, post(counsellingOf(client) + "/" + session + "/correct"))
                .param("session", session.toString()).param("correctedCounselledOn", team.day(20))
                .param("correctedCounsellor", "COACH").param("correctedTopics", "EARNINGS_LIMITS")
                .param("correctionReason", "Ei muutosta"))).contains("Mikään ei muuttunut");
        assertThat(text(correct(coach, team.day(10), "BENEFITS_ADVISER", "", "Neuvoja puuttuu"))).contains("id=\"correctedAdviserName-error\"");
        assertThat(checksum.of("benefits_counselling", "record_revision")).isEqualTo(before);
        mvc.perform(correct(leader, team.day(10), "COACH", "", "Päivä väärin"))
                .andExpect(redirectedUrl(counsellingOf(client)));
        assertThat(counselling.sessions(client).get(0).counselledOn()).isEqualTo(team.today().minusDays(10));
    }

    @Test
    void strangersEmergencyAccessAndMalformedIdsCannotCorrect() throws Exception {
        String emergency = teams.emergencyReader(client, "BENEFITS");
        String before = checksum.of("benefits_counselling", "record_revision");
        for (String stranger : teams.strangers(emergency)) {
            assertThat(mvc.perform(correct(stranger, team.day(10), "COACH", "", "Väärin")).andReturn().getResponse()
                    .getStatus()).isIn(403, 404);
        }
        mvc.perform(users.as(coach, post(counsellingOf(client) + "/not-an-id/correct")).param("correctionReason", "x"))
                .andExpect(status().is4xxClientError());
        UUID otherClient = given.client(coach).named("Olli", "Muu").ofTeam(team.id()).agreedOn(team.day(30)).create();
        assertThat(text(users.as(coach, post(counsellingOf(otherClient) + "/" + session + "/correct"))
                .param("session", session.toString()).param("correctedCounselledOn", team.day(10))
                .param("correctedCounsellor", "COACH").param("correctedTopics", "EARNINGS_LIMITS")
                .param("correctionReason", "Väärin"))).contains("Joku muu tallensi");
        assertThat(checksum.of("benefits_counselling", "record_revision")).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder correct(String user, String day, String counsellor, String adviser,
            String reason) {
        return users.as(user, post(counsellingOf(client) + "/" + session + "/correct"))
                .param("session", session.toString()).param("correctedCounselledOn", day)
                .param("correctedCounsellor", counsellor).param("correctedAdviserName", adviser)
                .param("correctedTopics", "HOUSING_ALLOWANCE").param("correctionReason", reason);
    }

    private MockHttpServletRequestBuilder voidSession(String user, UUID key, String reason) {
        return users.as(user, post(counsellingOf(client) + "/" + key + "/void")).param("session", key.toString())
                .param("voidReason", reason);
    }

    private Document page(String user) throws Exception {
        return Jsoup.parse(text(users.as(user, Locale.forLanguageTag("fi"), get(counsellingOf(client)))));
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static String counsellingOf(UUID client) {
        return "/clients/" + client + "/counselling";
    }
}
