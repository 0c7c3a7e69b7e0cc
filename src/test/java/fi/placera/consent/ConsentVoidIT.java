package fi.placera.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.identity.InformationKind;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Voiding a consent recorded by mistake (issue 24 §6, decision 0076): who recorded it or the client's team leader,
 * with a reason; the consent is kept with its history but is never in force again. A void is not a withdrawal.
 */
@PlaceraIT
class ConsentVoidIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TestTeams teams;
    @Autowired Consents consents;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private TestTeams.Team team;
    private String coach;
    private String otherCoach;
    private String leader;
    private UUID client;
    private Consent health;

    @BeforeEach
    void aConsentToTheCareTeamRecordedByACoach() throws Exception {
        team = teams.create("Suostumustiimi");
        coach = team.member("Kirjaaja", "COACH", "1");
        otherCoach = team.member("Kollega", "COACH", "1");
        leader = team.member("Vetäjä", "TEAM_LEADER", "1");
        client = given.client(coach).named("Sanna", "Suostuja").ofTeam(team.id()).agreedOn(team.day(30))
                .consentToTheCareTeam("HEALTH").create();
        health = consents.consentsOf(client).get(0);
    }

    @Test
    void whoRecordedItVoidsItAndItIsNoLongerInForceNorWithdrawnButKeptInTheHistory() throws Exception {
        assertThat(consents.sharesWith(client, Party.CARE_TEAM, InformationKind.HEALTH)).isTrue();
        assertThat(overview().select("#consents-heading + ul li").text()).contains("terveystiedot");

        mvc.perform(voidConsent(coach, health.id(), "Kirjattu väärälle asiakkaalle"))
                .andExpect(redirectedUrl(consentsOf(client)));

        assertThat(consents.sharesWith(client, Party.CARE_TEAM, InformationKind.HEALTH)).isFalse();
        assertThat(consents.consentsOf(client)).isEmpty();
        assertThat(consents.consent(health.id())).isEmpty();
        assertThat(overview().select("#consents-heading + ul li").text()).doesNotContain("terveystiedot");
        // not the client's withdrawal: no withdrawal time, nothing on the client's withdrawals
        assertThat(jdbc.sql("select withdrawn_at is null and voided_at is not null from consent where id = ?")
                .param(health.id()).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from client_withdrawal where consent_id = ?").param(health.id())
                .query(Integer.class).single()).isZero();
        Document page = page(leader);
        assertThat(page.select("#revisions tbody tr").text()).contains("Mitätöity", "Osapuoli: Hoitotiimi",
                "Kirjattu väärälle asiakkaalle", "Kirjaaja");
    }

    @Test
    void theTeamLeaderVoidsItButAColleagueOfTheTeamIsRefused() throws Exception {
        String before = checksum.of("consent", "record_revision");
        assertThat(text(voidConsent(otherCoach, health.id(), "Väärin"))).contains("Vain kirjauksen tehnyt");
        assertThat(checksum.of("consent", "record_revision")).isEqualTo(before);
        mvc.perform(voidConsent(leader, health.id(), "Väärä asiakas")).andExpect(redirectedUrl(consentsOf(client)));
        assertThat(consents.consentsOf(client)).isEmpty();
        assertThat(text(voidConsent(leader, health.id(), "Uudestaan"))).contains("Joku muu tallensi");
    }

    @Test
    void anotherTeamAnotherAreaAndEmergencyAccessCannotVoid() throws Exception {
        String emergency = teams.emergencyReader(client, "SERVICE_RECORD");
        String before = checksum.of("consent", "record_revision");
        for (String stranger : teams.strangers(emergency)) {
            assertThat(mvc.perform(voidConsent(stranger, health.id(), "Väärin")).andReturn().getResponse().getStatus())
                    .isIn(403, 404);
        }
        assertThat(checksum.of("consent", "record_revision")).isEqualTo(before);
        assertThat(consents.consentsOf(client)).containsExactly(health);
    }

    @Test
    void aReasonIsRequiredWithTheFormOpenAgainAndMalformedOrForeignConsentsAreRefused() throws Exception {
        String before = checksum.of("consent", "record_revision");
        Document refused = Jsoup.parse(text(voidConsent(coach, health.id(), " ")));
        assertThat(refused.getElementById("voidReason-error").text())
                .isEqualTo("Kirjoita, miksi kirjaus korjataan tai mitätöidään (enintään 2000 merkkiä).");
        assertThat(refused.select("details[open] #voidReason")).hasSize(1);
        mvc.perform(users.as(coach, post(consentsOf(client) + "/not-an-id/void")).param("voidReason", "Väärin"))
                .andExpect(status().is4xxClientError());
        UUID otherClient = given.client(coach).named("Olli", "Muu").ofTeam(team.id()).agreedOn(team.day(30)).create();
        assertThat(text(users.as(coach, post(consentsOf(otherClient) + "/" + health.id() + "/void"))
                .param("consent", health.id().toString()).param("voidReason", "Väärin"))).contains("Joku muu tallensi");
        assertThat(checksum.of("consent", "record_revision")).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder voidConsent(String user, UUID consent, String reason) {
        return users.as(user, post(consentsOf(client) + "/" + consent + "/void")).param("consent", consent.toString())
                .param("voidReason", reason);
    }

    private Document page(String user) throws Exception {
        return Jsoup.parse(text(users.as(user, Locale.forLanguageTag("fi"), get(consentsOf(client)))));
    }

    private Document overview() throws Exception {
        return Jsoup.parse(text(users.as(coach, Locale.forLanguageTag("fi"), get("/clients/" + client))));
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static String consentsOf(UUID client) {
        return "/clients/" + client + "/consents";
    }
}
