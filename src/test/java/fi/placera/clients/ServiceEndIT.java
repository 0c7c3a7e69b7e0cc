package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The service ends only by the client's choice or a step-down to the care team; re-entry keeps the history. */
@PlaceraIT
class ServiceEndIT {

    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private String coach;
    private UUID client;
    private UUID coachId;

    @BeforeEach
    void enrolledClient() throws Exception {
        coach = users.newCoach();
        client = given.client(coach).named("Paavo", "Palaaja").agreedOn("5.1.2026").create();
        coachId = jdbc.sql("select coach_staff_id from client where id = ?").param(client).query(UUID.class).single();
    }

    private int activeClients() {
        return jdbc.sql("select active_clients from coach_caseload where staff_member_id = ?").param(coachId)
                .query(Integer.class).single();
    }

    @Test
    void theClientsChoiceEndsTheServiceGivesThePlaceBackAndReEntryKeepsTheHistory() throws Exception {
        assertThat(activeClients()).isEqualTo(1);
        mvc.perform(users.as(coach, post("/clients/" + client + "/service/end")).param("serviceEndedOn", "1.6.2026")
                        .param("serviceEndReason", "CLIENT_CHOICE").param("serviceEndDestination", "STUDIES")
                        .param("serviceEndNote", "Haluaa keskittyä opintoihin"))
                .andExpect(redirectedUrl("/clients/" + client + "/referral"));
        assertThat(activeClients()).isZero();
        mvc.perform(users.as(coach, post("/clients/" + client + "/service/reentry")).param("reenteredOn", "1.5.2026"))
                .andExpect(content().string(containsString("Paluu ei voi olla ennen päättymistä.")));
        mvc.perform(users.as(coach, post("/clients/" + client + "/service/reentry")).param("reenteredOn", "1.9.2026"))
                .andExpect(redirectedUrl("/clients/" + client + "/referral"));
        assertThat(activeClients()).isEqualTo(1);
        mvc.perform(users.as(coach, post("/clients/" + client + "/service/end")).param("serviceEndedOn", "1.10.2026")
                        .param("serviceEndReason", "STEP_DOWN_TO_CARE_TEAM").param("serviceEndDestination", "ANOTHER_SERVICE")
                        .param("stepDownCareTeamId", CARE_VAASA)
                        .param("stepDownAgreedOn", "30.9.2026").param("stepDownHowAgreed", "PAPER_SIGNATURE")
                        .param("serviceEndNote", "Hoitotiimi jatkaa tukea"))
                .andExpect(redirectedUrl("/clients/" + client + "/referral"));
        mvc.perform(users.as(coach, get("/clients/" + client + "/record")))
                .andExpect(content().string(containsString("Haluaa keskittyä opintoihin")))
                .andExpect(content().string(containsString("Asiakas palasi")))
                .andExpect(content().string(containsString("Hoitotiimi jatkaa tukea")));
        assertThat(jdbc.sql("select count(*) from service_end where client_id = ?").param(client).query(Integer.class)
                .single()).isEqualTo(2);
    }

    @Test
    void everyEndSaysWhereTheClientGoes() throws Exception {
        String before = checksum.of("service_end");
        mvc.perform(users.as(coach, post("/clients/" + client + "/service/end")).param("serviceEndedOn", "1.6.2026")
                        .param("serviceEndReason", "CLIENT_CHOICE").param("serviceEndNote", "Aloittaa työt"))
                .andExpect(content().string(containsString("id=\"serviceEndDestination-error\"")))
                .andExpect(content().string(containsString("Aloittaa työt")));
        mvc.perform(users.as(coach, post("/clients/" + client + "/service/end")).param("serviceEndedOn", "1.6.2026")
                        .param("serviceEndReason", "CLIENT_CHOICE").param("serviceEndDestination", "ABROAD")
                        .param("serviceEndNote", "Aloittaa työt"))
                .andExpect(content().string(containsString("id=\"serviceEndDestination-error\"")));
        assertThat(checksum.of("service_end")).isEqualTo(before);

        mvc.perform(users.as(coach, post("/clients/" + client + "/service/end")).param("serviceEndedOn", "1.6.2026")
                        .param("serviceEndReason", "CLIENT_CHOICE").param("serviceEndDestination", "WORK_WITHOUT_SUPPORT")
                        .param("serviceEndNote", "Aloittaa työt"))
                .andExpect(redirectedUrl("/clients/" + client + "/referral"));
        mvc.perform(users.as(coach, get("/clients/" + client + "/referral")))
                .andExpect(content().string(containsString("Työhön ilman tukea: Aloittaa työt")));
        assertThat(jdbc.sql("select destination from clients_facts_service_end where client_id = ?").param(client)
                .query(String.class).single()).isEqualTo("WORK_WITHOUT_SUPPORT");
    }

    @Test
    void thereIsNoOtherReasonAndAStepDownNamesTheCareTeam() throws Exception {
        String before = checksum.of("service_end");
        mvc.perform(users.as(coach, post("/clients/" + client + "/service/end")).param("serviceEndedOn", "1.6.2026")
                        .param("serviceEndReason", "NOT_READY").param("serviceEndDestination", "OTHER")
                        .param("serviceEndNote", "Ei valmis"))
                .andExpect(content().string(containsString("id=\"serviceEndReason-error\"")))
                .andExpect(content().string(containsString("Ei valmis")));
        mvc.perform(users.as(coach, post("/clients/" + client + "/service/end")).param("serviceEndedOn", "1.6.2026")
                        .param("serviceEndReason", "STEP_DOWN_TO_CARE_TEAM").param("serviceEndDestination", "ANOTHER_SERVICE")
                        .param("serviceEndNote", "Siirtyy"))
                .andExpect(content().string(containsString("Siirtymisessä kirjataan hoitotiimi")));
        mvc.perform(users.as(coach, post("/clients/" + client + "/service/end")).param("serviceEndedOn", "1.1.2099")
                        .param("serviceEndReason", "CLIENT_CHOICE").param("serviceEndDestination", "OTHER")
                        .param("serviceEndNote", "x"))
                .andExpect(content().string(containsString("Päivämäärä on tulevaisuudessa.")));
        assertThat(checksum.of("service_end")).isEqualTo(before);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into service_end (id, client_id, area_id, ended_on, reason, note, recorded_by)
                values (gen_random_uuid(), ?, 17, current_date, 'NOT_READY', 'x', gen_random_uuid())""")
                .param(client).update()).rootCause().hasMessageContaining("service_end_reason_check");
        assertThat(activeClients()).isEqualTo(1);
    }

    /** Issue 24 §5: a step-down to the care team is the client's choice too, recorded like the cooperation agreement. */
    @Test
    void aStepDownWithoutTheClientsAgreementIsRefusedAndWithItTheAgreementIsShown() throws Exception {
        String before = checksum.of("service_end");
        mvc.perform(users.as(coach, post("/clients/" + client + "/service/end")).param("serviceEndedOn", "1.6.2026")
                        .param("serviceEndReason", "STEP_DOWN_TO_CARE_TEAM").param("serviceEndDestination", "ANOTHER_SERVICE")
                        .param("stepDownCareTeamId", CARE_VAASA)
                        .param("serviceEndNote", "Hoitotiimi jatkaa"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Siirto hoitotiimille tarvitsee asiakkaan suostumuksen")));
        mvc.perform(users.as(coach, post("/clients/" + client + "/service/end")).param("serviceEndedOn", "1.6.2026")
                        .param("serviceEndReason", "STEP_DOWN_TO_CARE_TEAM").param("serviceEndDestination", "ANOTHER_SERVICE")
                        .param("stepDownCareTeamId", CARE_VAASA)
                        .param("stepDownAgreedOn", "1.6.2026").param("stepDownHowAgreed", "VERBAL_WITH_WITNESS")
                        .param("serviceEndNote", "Hoitotiimi jatkaa"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"stepDownWitness-error\"")));
        assertThat(checksum.of("service_end")).isEqualTo(before);
        assertThat(activeClients()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into service_end (id, client_id, area_id, ended_on, reason, care_team_id, note, recorded_by)
                values (gen_random_uuid(), ?, 17, current_date, 'STEP_DOWN_TO_CARE_TEAM', ?::uuid, 'x', gen_random_uuid())""")
                .params(client, CARE_VAASA).update()).rootCause().hasMessageContaining("service_end_step_down_agreed");

        mvc.perform(users.as(coach, post("/clients/" + client + "/service/end")).param("serviceEndedOn", "1.6.2026")
                        .param("serviceEndReason", "STEP_DOWN_TO_CARE_TEAM").param("serviceEndDestination", "ANOTHER_SERVICE")
                        .param("stepDownCareTeamId", CARE_VAASA)
                        .param("stepDownAgreedOn", "30.5.2026").param("stepDownHowAgreed", "VERBAL_WITH_WITNESS")
                        .param("stepDownWitness", "Sairaanhoitaja Virta").param("serviceEndNote", "Hoitotiimi jatkaa"))
                .andExpect(redirectedUrl("/clients/" + client + "/referral"));
        assertThat(jdbc.sql("select agreed_on || ' ' || how_agreed || ' ' || witness from service_end where client_id = ?")
                .param(client).query(String.class).single())
                .isEqualTo("2026-05-30 VERBAL_WITH_WITNESS Sairaanhoitaja Virta");
        mvc.perform(users.as(coach, get("/clients/" + client + "/referral")))
                .andExpect(content().string(containsString("asiakas suostui 30.5.2026")));
        assertThat(activeClients()).isZero();
    }
}
