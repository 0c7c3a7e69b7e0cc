package fi.placera.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.support.FollowAlongSupport.Contact;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Correcting and voiding a follow-along support contact (issue 24 §6, decisions 0070 and 0076): only who recorded it
 * or the leader of the client's team, with a reason; a colleague of the same team who did neither is refused, as for
 * jobs; nothing is deleted and the values replaced stay in the page's history.
 */
@PlaceraIT
class SupportContactRevisionsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TestTeams teams;
    @Autowired FollowAlongSupport support;
    @Autowired TableChecksum checksum;

    private TestTeams.Team team;
    private String coach;
    private String otherCoach;
    private String leader;
    private UUID client;
    private Contact contact;

    @BeforeEach
    void aSupportContactRecordedByACoach() throws Exception {
        team = teams.create("Tukitiimi");
        coach = team.member("Tukija", "COACH", "1");
        otherCoach = team.member("Kollega", "COACH", "1");
        leader = team.member("Johtaja", "TEAM_LEADER", "1");
        client = given.client(coach).named("Tuula", "Tuettava").ofTeam(team.id()).agreedOn(team.day(60)).create();
        mvc.perform(users.as(coach, post(supportOf(client) + "/contacts")).param("key", UUID.randomUUID().toString())
                        .param("supportContactedOn", team.day(5)).param("withWhom", "CLIENT")
                        .param("supportNote", "Puhelu"))
                .andExpect(redirectedUrl(supportOf(client)));
        contact = support.contacts(client).get(0);
    }

    @Test
    void whoRecordedTheContactCorrectsItAndThePreviousValuesStayInItsHistory() throws Exception {
        mvc.perform(correct(coach, contact.idempotencyKey(), 0, team.day(4), "Väärä päivä"))
                .andExpect(redirectedUrl(supportOf(client)));

        Contact corrected = support.contacts(client).get(0);
        assertThat(corrected.contactedOn()).isEqualTo(team.today().minusDays(4));
        assertThat(corrected.withWhom()).containsExactlyInAnyOrder(FollowAlongSupport.With.CLIENT,
                FollowAlongSupport.With.EMPLOYER);
        assertThat(corrected.version()).isOne();
        Document page = page(leader);
        assertThat(page.select("#revisions tbody tr").eachText()).singleElement().asString()
                .contains("Korjattu", "Yhteydenoton päivä: " + team.day(5), "Kenen kanssa: Asiakas", "Väärä päivä",
                        "Tukija");
    }

    @Test
    void theTeamLeaderVoidsItAndItIsKeptInTheHistoryButGoneFromTheContacts() throws Exception {
        mvc.perform(voidContact(leader, contact.idempotencyKey(), 0, "Väärä asiakas"))
                .andExpect(redirectedUrl(supportOf(client)));

        assertThat(support.contacts(client)).isEmpty();
        assertThat(support.revisionsOf(client)).singleElement()
                .satisfies(revision -> assertThat(revision.action().name()).isEqualTo("VOIDED"));
        assertThat(page(coach).select("#revisions tbody tr").text()).contains("Mitätöity", "Väärä asiakas");
        String before = checksum.of("support_contact", "record_revision");
        assertThat(text(voidContact(leader, contact.idempotencyKey(), 1, "Uudestaan"))).contains("Joku muu tallensi");
        assertThat(checksum.of("support_contact", "record_revision")).isEqualTo(before);
    }

    @Test
    void aColleagueOfTheTeamAnotherTeamAnotherAreaAndEmergencyAccessCannotCorrectOrVoid() throws Exception {
        String before = checksum.of("support_contact", "record_revision");
        assertThat(text(voidContact(otherCoach, contact.idempotencyKey(), 0, "Väärin"))).contains("Vain kirjauksen tehnyt");
        assertThat(text(correct(otherCoach, contact.idempotencyKey(), 0, team.day(4), "Väärin")))
                .contains("Vain kirjauksen tehnyt");
        String emergency = teams.emergencyReader(client, "EMPLOYMENT");
        assertThat(page(emergency).select("form[action$=/void], form[action$=/correct]")).isEmpty();
        for (String stranger : teams.strangers(emergency)) {
            assertThat(statusOf(voidContact(stranger, contact.idempotencyKey(), 0, "Väärin"))).isIn(403, 404);
            assertThat(statusOf(correct(stranger, contact.idempotencyKey(), 0, team.day(4), "Väärin"))).isIn(403, 404);
        }
        assertThat(checksum.of("support_contact", "record_revision")).isEqualTo(before);
        assertThat(support.contacts(client)).containsExactly(contact);
    }

    @Test
    void aReasonIsRequiredWithWhatWasTypedKeptAndMalformedOrForeignContactsAreRefused() throws Exception {
        String before = checksum.of("support_contact", "record_revision");
        Document refused = Jsoup.parse(text(correct(coach, contact.idempotencyKey(), 0, team.day(4), " ")));
        assertThat(refused.getElementById("correctionReason-error").text())
                .isEqualTo("Kirjoita, miksi kirjaus korjataan tai mitätöidään (enintään 2000 merkkiä).");
        assertThat(refused.getElementById("correctedContactedOn").val()).isEqualTo(team.day(4));
        assertThat(Jsoup.parse(text(voidContact(coach, contact.idempotencyKey(), 0, ""))).getElementById("voidReason-error"))
                .isNotNull();
        assertThat(Jsoup.parse(text(users.as(coach, post(supportOf(client) + "/contacts/" + contact.idempotencyKey()
                        + "/correct")).param("contact", contact.idempotencyKey().toString()).param("version", "0")
                        .param("correctedContactedOn", team.day(5)).param("correctedWithWhom", "CLIENT")
                        .param("correctedNote", "Puhelu").param("correctionReason", "Ei muutosta")))
                .select(".alert--error").text()).contains("Mikään ei muuttunut");
        mvc.perform(users.as(coach, post(supportOf(client) + "/contacts/not-an-id/void")).param("voidReason", "Väärin"))
                .andExpect(status().is4xxClientError());
        assertThat(text(voidContact(coach, UUID.randomUUID(), 0, "Väärin"))).contains("Joku muu tallensi");
        UUID otherClient = given.client(coach).named("Olli", "Toinen").ofTeam(team.id()).agreedOn(team.day(60)).create();
        assertThat(text(users.as(coach, post(supportOf(otherClient) + "/contacts/" + contact.idempotencyKey() + "/void"))
                .param("version", "0").param("voidReason", "Väärin"))).contains("Joku muu tallensi");
        assertThat(checksum.of("support_contact", "record_revision")).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder correct(String user, UUID key, int version, String day, String reason) {
        return users.as(user, post(supportOf(client) + "/contacts/" + key + "/correct")).param("contact", key.toString())
                .param("version", String.valueOf(version)).param("correctedContactedOn", day)
                .param("correctedWithWhom", "CLIENT", "EMPLOYER").param("correctedNote", "Puhelu")
                .param("correctionReason", reason);
    }

    private MockHttpServletRequestBuilder voidContact(String user, UUID key, int version, String reason) {
        return users.as(user, post(supportOf(client) + "/contacts/" + key + "/void")).param("contact", key.toString())
                .param("version", String.valueOf(version)).param("voidReason", reason);
    }

    private Document page(String user) throws Exception {
        return Jsoup.parse(text(users.as(user, Locale.forLanguageTag("fi"), get(supportOf(client)))));
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private int statusOf(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static String supportOf(UUID client) {
        return "/clients/" + client + "/support";
    }
}
