package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The team corrects a client's name, identity code and language recorded wrong (issue 24 §6, decision 0076): the
 * client's coach or the team leader, with a reason; the identity code is checked and unique in the area; the values
 * replaced stay in the record history. Another coach of the team may not.
 */
@PlaceraIT
class ClientDetailsCorrectionIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private TestTeams.Team team;
    private String coach;
    private String otherCoach;
    private String leader;
    private UUID client;
    private String code;

    @BeforeEach
    void aClientImportedWithAPlaceholderName() throws Exception {
        team = teams.create("Tietotiimi");
        coach = team.member("Valmentaja", "COACH", "1");
        otherCoach = team.member("Kollega", "COACH", "1");
        leader = team.member("Vetäjä", "TEAM_LEADER", "1");
        code = Given.identityCode();
        client = given.client(coach).named("Asiakas", "Paikkanimi").identifiedBy(code).ofTeam(team.id())
                .agreedOn(team.day(30)).create();
    }

    @Test
    void theClientsCoachCorrectsTheNameCodeAndLanguageAndTheEarlierOnesStayInTheHistory() throws Exception {
        String corrected = Given.identityCode();
        mvc.perform(correct(coach, version(), "Aino", "Aaltonen", corrected, "sv", "Nimi tuotiin seurannasta paikkamerkkinä"))
                .andExpect(redirectedUrl("/clients/" + client + "/referral"));

        assertThat(jdbc.sql("select first_name || ' ' || last_name || ' ' || identity_code || ' ' || preferred_language"
                + " from client where id = ?").param(client).query(String.class).single())
                .isEqualTo("Aino Aaltonen " + corrected + " sv");
        Document page = page(leader);
        assertThat(page.select("h1").text()).isEqualTo("Aino Aaltonen");
        assertThat(page.select("#revisions tbody tr").text()).contains("Korjattu", "Etunimi: Asiakas",
                "Sukunimi: Paikkanimi", "Henkilötunnus: " + code, "Kieli: suomi", "paikkamerkkinä", "Valmentaja");
        assertThat(page.getElementById("correctedFirstName").val()).isEqualTo("Aino");
    }

    @Test
    void theTeamLeaderCorrectsButAnotherCoachOfTheTeamIsRefused() throws Exception {
        String before = checksum.of("client", "record_revision");
        assertThat(text(correct(otherCoach, version(), "Aino", "Paikkanimi", "", "fi", "Väärin")))
                .contains("Vain asiakkaan oma työhönvalmentaja tai tiimin esihenkilö");
        assertThat(checksum.of("client", "record_revision")).isEqualTo(before);
        int version = version();
        mvc.perform(correct(leader, version, "Aino", "Paikkanimi", "", "fi", "Nimi väärin"))
                .andExpect(redirectedUrl("/clients/" + client + "/referral"));
        assertThat(text(correct(leader, version, "Anna", "Paikkanimi", "", "fi", "Vanha lomake"))).contains("Joku muu tallensi");
    }

    @Test
    void anotherTeamAnotherAreaAndEmergencyAccessCannotCorrect() throws Exception {
        String emergency = teams.emergencyReader(client, "IDENTITY");
        String before = checksum.of("client", "record_revision");
        for (String stranger : teams.strangers(emergency)) {
            int status = mvc.perform(correct(stranger, version(), "Aino", "Paikkanimi", "", "fi", "Väärin")).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as(stranger).isIn(200, 403, 404);
        }
        assertThat(checksum.of("client", "record_revision")).isEqualTo(before);
    }

    @Test
    void aReasonAValidIdentityCodeNotAnotherClientsAndAChangeAreRequiredWithTheInputKept() throws Exception {
        String taken = Given.identityCode();
        given.client(coach).named("Toinen", "Asiakas").identifiedBy(taken).ofTeam(team.id()).create();
        String before = checksum.of("client", "record_revision");

        Document noReason = Jsoup.parse(text(correct(coach, version(), "Aino", "Aaltonen", "", "fi", " ")));
        assertThat(noReason.getElementById("detailsReason-error").text())
                .isEqualTo("Kirjoita, miksi kirjaus korjataan tai mitätöidään (enintään 2000 merkkiä).");
        assertThat(noReason.getElementById("correctedFirstName").val()).isEqualTo("Aino");
        assertThat(noReason.select("details[open] #detailsReason")).hasSize(1);
        assertThat(Jsoup.parse(text(correct(coach, version(), "Aino", "Aaltonen", "131052-308A", "fi", "Tunnus väärin")))
                .getElementById("correctedIdentityCode-error").text()).contains("Viimeinen merkki");
        assertThat(Jsoup.parse(text(correct(coach, version(), "Aino", "Aaltonen", taken, "fi", "Tunnus väärin")))
                .getElementById("correctedIdentityCode-error").text()).isEqualTo(
                        "Tätä henkilötunnusta ei voi käyttää täällä. Kysy tiimisi esihenkilöltä.");
        assertThat(Jsoup.parse(text(correct(coach, version(), " ", "Aaltonen", "", "fi", "Nimi väärin")))
                .getElementById("correctedFirstName-error")).isNotNull();
        assertThat(Jsoup.parse(text(correct(coach, version(), "Asiakas", "Paikkanimi", "", "fi", "Ei muutosta")))
                .select(".alert--error").text()).contains("Mikään ei muuttunut");
        assertThat(Jsoup.parse(text(correct(coach, version(), "Aino", "Aaltonen", "", "de", "Kieli"))))
                .isNotNull();
        mvc.perform(users.as(coach, post("/clients/not-an-id/details/correct")).param("detailsReason", "Väärin"))
                .andExpect(status().is4xxClientError());
        assertThat(checksum.of("client", "record_revision")).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder correct(String user, int version, String first, String last, String code,
            String language, String reason) {
        return users.as(user, post("/clients/" + client + "/details/correct")).param("version", String.valueOf(version))
                .param("correctedFirstName", first).param("correctedLastName", last)
                .param("correctedIdentityCode", code).param("correctedLanguage", language)
                .param("detailsReason", reason);
    }

    private int version() {
        return jdbc.sql("select version from client where id = ?").param(client).query(Integer.class).single();
    }

    private Document page(String user) throws Exception {
        return Jsoup.parse(text(users.as(user, Locale.forLanguageTag("fi"), get("/clients/" + client + "/referral"))));
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
