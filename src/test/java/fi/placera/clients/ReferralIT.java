package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Referral and zero exclusion (fidelity O6, V14): no readiness screening, only two ways out, outreach documented. */
@PlaceraIT
class ReferralIT {

    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private String coach;

    @org.junit.jupiter.api.BeforeEach
    void freshCoach() {
        coach = users.newCoach();
    }

    private UUID referredClient() throws Exception {
        UUID id = given.client(coach).named("Lasse", "Lähete").create();
        mvc.perform(users.as(coach, post("/clients/" + id + "/referral")).param("source", "CARE_TEAM").param("careTeamId", CARE_VAASA)
                        .param("referredBy", "Psykiatrinen sairaanhoitaja").param("referredOn", "3.1.2026")
                        .param("wishToWork", "Haluan töihin kirjastoon"))
                .andExpect(redirectedUrl("/clients/" + id + "/referral"));
        return id;
    }

    private void attempt(UUID client, String outcome, String day) throws Exception {
        mvc.perform(users.as(coach, post("/clients/" + client + "/outreach")).param("attemptedOn", day).param("channel", "PHONE")
                .param("outcome", outcome)).andExpect(redirectedUrl("/clients/" + client + "/referral"));
    }

    @Test
    void theOnlyWaysOutAreTheClientsChoiceAndUnreachabilityNeverReadiness() throws Exception {
        UUID client = referredClient();
        mvc.perform(users.as(coach, get("/clients/" + client + "/referral")))
                .andExpect(content().string(containsString("Haluan töihin kirjastoon")))
                .andExpect(content().string(containsString("Asiakkaan oma valinta")))
                .andExpect(content().string(containsString("Asiakasta ei tavoitettu")))
                .andExpect(content().string(not(containsString("NOT_READY"))));
        String before = checksum.of("referral");
        mvc.perform(users.as(coach, post("/clients/" + client + "/referral/end")).param("endReason", "NOT_READY"))
                .andExpect(content().string(containsString("Täytä tämä kenttä.")));
        assertThat(checksum.of("referral")).isEqualTo(before);
        assertThatThrownBy(() -> jdbc.sql("update referral set ended_on = current_date, end_reason = 'NOT_READY' where client_id = ?")
                .param(client).update()).rootCause().hasMessageContaining("referral_end_reason_check");
    }

    @Test
    void unreachableNeedsThreeDocumentedAttemptsThatDidNotReachTheClient() throws Exception {
        UUID client = referredClient();
        attempt(client, "NO_ANSWER", "5.1.2026");
        attempt(client, "REACHED", "12.1.2026");
        attempt(client, "MESSAGE_LEFT", "19.1.2026");
        mvc.perform(users.as(coach, post("/clients/" + client + "/referral/end")).param("endReason", "UNREACHABLE"))
                .andExpect(content().string(containsString("vähintään kolmena eri päivänä")));
        attempt(client, "NO_ANSWER", "8.1.2026");
        mvc.perform(users.as(coach, post("/clients/" + client + "/referral/end")).param("endReason", "UNREACHABLE").param("endNote", "Ei vastannut"))
                .andExpect(redirectedUrl("/clients/" + client + "/referral"));
        assertThat(jdbc.sql("select end_reason from referral where client_id = ?").param(client).query(String.class).single())
                .isEqualTo("UNREACHABLE");
        mvc.perform(users.as(coach, post("/clients/" + client + "/outreach")).param("attemptedOn", "6.1.2026").param("channel", "PHONE")
                .param("outcome", "NO_ANSWER")).andExpect(content().string(containsString("Tämä lähete on päättynyt.")));
    }

    @Test
    void unreachableNeedsThreeDifferentDaysOverTwoWeeksAndARefusalKeepsWhatWasTyped() throws Exception {
        UUID client = referredClient();
        for (int call = 0; call < 3; call++) {
            attempt(client, "NO_ANSWER", "5.1.2026");
        }
        String before = checksum.of("referral");
        mvc.perform(users.as(coach, post("/clients/" + client + "/referral/end")).param("endReason", "UNREACHABLE")
                        .param("endNote", "Soitettu kolmesti samana aamuna"))
                .andExpect(content().string(containsString("vähintään kolmena eri päivänä vähintään kahden viikon aikana")))
                .andExpect(content().string(containsString("Soitettu kolmesti samana aamuna")));
        attempt(client, "NO_ANSWER", "6.1.2026");
        attempt(client, "NO_ANSWER", "7.1.2026");
        mvc.perform(users.as(coach, post("/clients/" + client + "/referral/end")).param("endReason", "UNREACHABLE"))
                .andExpect(content().string(containsString("vähintään kahden viikon aikana")));
        assertThat(checksum.of("referral")).isEqualTo(before);
        attempt(client, "MESSAGE_LEFT", "19.1.2026");
        mvc.perform(users.as(coach, post("/clients/" + client + "/referral/end")).param("endReason", "UNREACHABLE"))
                .andExpect(redirectedUrl("/clients/" + client + "/referral"));
    }

    @Test
    void aReferralEndedByTheClientsChoiceGivesTheCoachsCaseloadPlaceBackOnce() throws Exception {
        UUID client = referredClient();
        UUID coachId = jdbc.sql("select coach_staff_id from client where id = ?").param(client).query(UUID.class).single();
        int before = activeClients(coachId);
        mvc.perform(users.as(coach, post("/clients/" + client + "/referral/end")).param("endReason", "CLIENT_CHOICE"))
                .andExpect(redirectedUrl("/clients/" + client + "/referral"));
        mvc.perform(users.as(coach, post("/clients/" + client + "/referral/end")).param("endReason", "CLIENT_CHOICE"))
                .andExpect(content().string(containsString("Tämä lähete on päättynyt.")));
        assertThat(activeClients(coachId)).isEqualTo(before - 1);
    }

    private int activeClients(UUID coachId) {
        return jdbc.sql("select active_clients from coach_caseload where staff_member_id = ?").param(coachId)
                .query(Integer.class).single();
    }

    @Test
    void badReferralInputIsRefusedWithTheInputKept() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(users.as(coach, post("/clients")).param("id", id.toString()).param("firstName", "Into").param("lastName", "Innokas")
                .param("preferredLanguage", "fi").param("ipsTeamId", "6a1f0000-0000-4000-8000-000000000001"));
        String before = checksum.of("referral");
        mvc.perform(users.as(coach, post("/clients/" + id + "/referral")).param("source", "CARE_TEAM").param("referredOn", "30.2.2026")
                        .param("wishToWork", "<script>alert(1)</script>"))
                .andExpect(content().string(containsString("Anna päivämäärä muodossa")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
        mvc.perform(users.as(coach, post("/clients/" + id + "/referral")).param("source", "CARE_TEAM").param("referredOn", "1.1.2026"))
                .andExpect(content().string(containsString("Täytä tämä kenttä.")));
        mvc.perform(users.as(coach, post("/clients/" + id + "/referral")).param("source", "SELF").param("referredOn", "1.1.2099"))
                .andExpect(content().string(containsString("Päivämäärä on tulevaisuudessa.")));
        mvc.perform(users.as(coach, post("/clients/" + id + "/referral")).param("source", "SELF").param("referredOn", "1.1.2026")
                        .param("wishToWork", "x".repeat(5000)))
                .andExpect(content().string(containsString("Teksti on liian pitkä.")));
        assertThat(checksum.of("referral")).isEqualTo(before);
    }
}
