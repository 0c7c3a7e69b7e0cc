package fi.placera.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Voiding (decision 0070) and correcting (decision 0076) an employer contact: who recorded it or the client's team
 * leader, with a reason.
 */
@PlaceraIT
class EmployerContactVoidIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired Employers employers;
    @Autowired EmployerContacts contacts;
    @Autowired TableChecksum checksum;

    private TestTeams.Team team;
    private String coach;
    private String otherCoach;
    private String leader;
    private UUID employer;

    @BeforeEach
    void aContactAboutAClientAndOneAboutNoClient() throws Exception {
        team = teams.create("Yhteystiimi");
        coach = team.member("Kirjaaja", "COACH", "1");
        otherCoach = team.member("Toinen", "COACH", "1");
        leader = team.member("Vetäjä", "TEAM_LEADER", "1");
        employer = employers.register((short) 17, new Employer.Details("Yhteys " + team.id(), null, null, null, null,
                null, null)).id();
        UUID client = team.client(coach, "Asiakas");
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(40), "howAgreed", "PAPER_SIGNATURE");
        team.employerConsent(coach, client, employer, 40);
        team.send(coach, "/employer-contacts", "employerId", employer.toString(), "contactedOn", team.day(30),
                "mode", "FACE_TO_FACE", "purpose", "ABOUT_CLIENT", "clientId", client.toString());
        team.send(coach, "/employer-contacts", "employerId", employer.toString(), "contactedOn", team.day(20),
                "mode", "PHONE", "purpose", "GENERAL_JOB_DEVELOPMENT");
    }

    @Test
    void theTeamLeaderVoidsAContactAboutAClientButNotOneAboutNoClientThatAnotherRecorded() throws Exception {
        mvc.perform(voidContact(leader, key("ABOUT_CLIENT"), "Väärä asiakas")).andExpect(redirectedUrl("/employers/" + employer));
        assertThat(contacts.ofEmployer((short) 17, employer)).extracting(c -> c.purpose().name())
                .containsExactly("GENERAL_JOB_DEVELOPMENT");
        String before = checksum.of("employer_contact", "record_revision");
        assertThat(text(voidContact(leader, key("GENERAL_JOB_DEVELOPMENT"), "Väärin")))
                .contains("Vain kirjauksen tehnyt");
        assertThat(checksum.of("employer_contact", "record_revision")).isEqualTo(before);
        mvc.perform(voidContact(coach, key("GENERAL_JOB_DEVELOPMENT"), "Tuplana"))
                .andExpect(redirectedUrl("/employers/" + employer));
        assertThat(contacts.ofEmployer((short) 17, employer)).isEmpty();
    }

    @Test
    void aColleagueAnotherTeamAndEmergencyAccessCannotVoidAndAReasonIsRequired() throws Exception {
        UUID aboutClient = key("ABOUT_CLIENT");
        String before = checksum.of("employer_contact", "record_revision");
        assertThat(text(voidContact(otherCoach, aboutClient, "Väärin"))).contains("Vain kirjauksen tehnyt");
        for (String stranger : List.of(users.newCoachOfAnotherTeam(), teams.create("Vieras").member("V", "TEAM_LEADER", "1"))) {
            int status = mvc.perform(voidContact(stranger, aboutClient, "Väärin")).andReturn().getResponse().getStatus();
            assertThat(status).isIn(200, 403, 404);
        }
        assertThat(text(voidContact(coach, aboutClient, " "))).contains("Kirjoita, miksi kirjaus");
        assertThat(mvc.perform(voidContact(coach, aboutClient, "Vää\u0000rin")).andReturn().getResponse().getStatus())
                .isIn(200, 400);
        assertThat(mvc.perform(users.as(coach, post("/employers/" + employer + "/contacts/not-an-id/void"))
                .param("voidReason", "Väärin")).andReturn().getResponse().getStatus()).isIn(400, 404);
        assertThat(checksum.of("employer_contact", "record_revision")).isEqualTo(before);
        assertThat(contacts.ofEmployer((short) 17, employer)).hasSize(2);
    }

    @Test
    void whoRecordedAContactCorrectsItsDayModeAndOutcomeAndAColleagueIsRefused() throws Exception {
        UUID aboutClient = key("ABOUT_CLIENT");
        String before = checksum.of("employer_contact", "record_revision");
        assertThat(text(correct(otherCoach, aboutClient, team.day(25), "PHONE", "Väärä päivä")))
                .contains("Vain kirjauksen tehnyt");
        Document noReason = Jsoup.parse(text(correct(coach, aboutClient, team.day(25), "PHONE", "")));
        assertThat(noReason.getElementById("correctionReason-error")).isNotNull();
        assertThat(noReason.getElementById("correctedContactedOn").val()).isEqualTo(team.day(25));
        assertThat(Jsoup.parse(text(correct(coach, aboutClient, team.day(30), "FACE_TO_FACE", "Ei muutosta")))
                .select(".alert--error").text()).contains("Mikään ei muuttunut");
        assertThat(checksum.of("employer_contact", "record_revision")).isEqualTo(before);

        mvc.perform(correct(coach, aboutClient, team.day(25), "PHONE", "Päivä ja tapa väärin"))
                .andExpect(redirectedUrl("/employers/" + employer));
        EmployerContacts.Contact corrected = contacts.ofEmployer((short) 17, employer).stream()
                .filter(c -> c.idempotencyKey().equals(aboutClient)).findFirst().orElseThrow();
        assertThat(corrected.contactedOn()).isEqualTo(team.today().minusDays(25));
        assertThat(corrected.mode()).isEqualTo(EmployerContacts.Mode.PHONE);
        Document page = Jsoup.parse(text(users.as(leader, java.util.Locale.forLanguageTag("fi"),
                get("/employers/" + employer))));
        assertThat(page.select("#revisions tbody tr").text()).contains("Korjattu", "Tapa: Kasvokkain",
                "Päivä ja tapa väärin");
    }

    /** The API (decision 0082) with the page's rules: a colleague refused (400), the recorder corrects and voids. */
    @Test
    void overTheApiAColleagueIsRefusedAndTheRecorderCorrectsAndVoids() throws Exception {
        UUID aboutClient = key("ABOUT_CLIENT");
        String before = checksum.of("employer_contact") + checksum.of("record_revision");
        mvc.perform(api(otherCoach, aboutClient, "void", "{\"reason\": \"Väärin\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(api(coach, aboutClient, "void", "{}")).andExpect(status().isBadRequest());
        assertThat(checksum.of("employer_contact") + checksum.of("record_revision")).isEqualTo(before);

        mvc.perform(api(coach, aboutClient, "correct", """
                        {"contactedOn": "%s", "mode": "PHONE", "reason": "Tapa väärin"}""".formatted(
                        team.today().minusDays(30))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.purpose == 'ABOUT_CLIENT')].mode").value("PHONE"));
        mvc.perform(api(coach, aboutClient, "void", "{\"reason\": \"Väärä asiakas\"}")).andExpect(status().isOk());
        assertThat(contacts.ofEmployer((short) 17, employer)).extracting(c -> c.purpose().name())
                .containsExactly("GENERAL_JOB_DEVELOPMENT");
    }

    private MockHttpServletRequestBuilder api(String user, UUID key, String action, String body) {
        return users.as(user, post("/api/v1/employers/" + employer + "/contacts/" + key + "/" + action))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletRequestBuilder correct(String user, UUID key, String day, String mode, String reason) {
        return users.as(user, post("/employers/" + employer + "/contacts/" + key + "/correct"))
                .param("contact", key.toString()).param("correctedContactedOn", day).param("correctedMode", mode)
                .param("correctionReason", reason);
    }

    private UUID key(String purpose) {
        return contacts.ofEmployer((short) 17, employer).stream().filter(c -> c.purpose().name().equals(purpose))
                .findFirst().orElseThrow().idempotencyKey();
    }

    private MockHttpServletRequestBuilder voidContact(String user, UUID key, String reason) {
        return users.as(user, post("/employers/" + employer + "/contacts/" + key + "/void"))
                .param("contact", key.toString()).param("voidReason", reason);
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
