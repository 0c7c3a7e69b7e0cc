package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Handing a client over to another welfare area (issue 24 §4, decision 0082): only a leader of the client's team,
 * only with the client's consent to disclose to that area; the receiving area gets a new client with the summary
 * only, waiting on the named team's list; the sending episode ends as moved and the client sees the disclosure.
 */
@PlaceraIT
class AreaHandoverIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    /** Varsinais-Suomi, another area than the demo area of the sending team. */
    private static final short RECEIVING_AREA = 5;
    private static final List<String> WRITTEN = List.of("client", "client_wait", "client_arrival", "area_handover",
            "service_end", "coach_caseload");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private TestTeams.Team sending;
    private TestTeams.Team receiving;
    private String sendingLeader;
    private String sendingCoach;
    private String identityCode;
    private UUID client;

    @BeforeEach
    void aClientOfTheDemoAreaAndATeamOfAnother() throws Exception {
        sending = teams.create("Luovuttava tiimi");
        receiving = teams.create("Turun tiimi", RECEIVING_AREA);
        sendingLeader = sending.member("Luovuttaja", "TEAM_LEADER", "1");
        sendingCoach = sending.member("Valmentaja", "COACH", "1");
        identityCode = Given.identityCode();
        client = given.client(sendingCoach).named("Maija", "Muuttaja").identifiedBy(identityCode).speaking("sv")
                .ofTeam(sending.id()).agreedOn(sending.day(30)).plan("Työ Turussa", null).create();
        sending.send(sendingCoach, "/clients/" + client + "/referral", "source", "SELF", "referredOn", sending.day(40));
    }

    @Test
    void withTheConsentTheReceivingAreaGetsTheSummaryOnlyAndTheEpisodeEndsAsMoved() throws Exception {
        consentToTheReceivingArea("IDENTITY", "SERVICE_RECORD");
        int places = activeClients();
        handOver(sendingLeader, receiving.id()).andExpect(redirectedUrl("/clients/" + client + "/referral"));

        Map<String, Object> received = jdbc.sql("""
                        select id, first_name, last_name, identity_code, preferred_language, ips_team_id, coach_staff_id
                        from client where area_id = ? and identity_code = ?""")
                .params(RECEIVING_AREA, identityCode).query().singleRow();
        assertThat(received).containsEntry("first_name", "Maija").containsEntry("last_name", "Muuttaja")
                .containsEntry("preferred_language", "sv").containsEntry("ips_team_id", receiving.id())
                .containsEntry("coach_staff_id", null);
        UUID arrived = (UUID) received.get("id");
        assertThat(jdbc.sql("select referred_on, enrolled_on, from_area_id from client_arrival where client_id = ?")
                .param(arrived).query().singleRow())
                .containsEntry("referred_on", java.sql.Date.valueOf(sending.today().minusDays(40)))
                .containsEntry("enrolled_on", java.sql.Date.valueOf(sending.today().minusDays(30)))
                .containsEntry("from_area_id", 17);
        // nothing else arrives: no referral, agreement, consent, plan or coach of the new client
        for (String table : List.of("referral", "cooperation_agreement", "consent", "action_plan", "coach_assignment")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where client_id = ?").param(arrived)
                    .query(Integer.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("select waiting_since from clients_facts_wait where client_id = ? and waited_until is null")
                .param(arrived).query(LocalDate.class).single()).isEqualTo(sending.today());

        assertThat(jdbc.sql("select reason || ' ' || destination from service_end where client_id = ?").param(client)
                .query(String.class).single()).isEqualTo("CLIENT_CHOICE MOVED");
        assertThat(activeClients()).isEqualTo(places - 1);
        assertThat(jdbc.sql("""
                        select count(*) from access_log where client_id = ? and action = 'DISCLOSURE'
                          and purpose = 'area handover' and recipient = 'Varsinais-Suomi'""")
                .param(client).query(Integer.class).single()).isEqualTo(2);
        assertThat(inServiceWithoutACoachOrAWait()).isZero();
        // the receiving area's leader finds the client on the team's waiting list, with where they came from
        String receivingLeader = receiving.member("Vastaanottaja", "TEAM_LEADER", "1");
        mvc.perform(get("/clients/" + arrived
                        + "/referral").with(users.as(receivingLeader)).locale(FINNISH))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Siirretty alueelta")));
    }

    @Test
    void withoutAConsentOrWithAWithdrawnOneTheHandoverIsRefusedAndNothingChanges() throws Exception {
        consentToTheReceivingArea("IDENTITY");
        List<String> before = written();
        handOver(sendingLeader, receiving.id()).andExpect(status().isOk())
                .andExpect(content().string(containsString("suostumus henkilö- ja palvelutietojen luovuttamiseen")))
                .andExpect(content().string(containsString("Muutan Turkuun")));
        assertThat(written()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from access_log where client_id = ? and action = 'DISCLOSURE'")
                .param(client).query(Integer.class).single()).isZero();

        consentToTheReceivingArea("SERVICE_RECORD");
        for (UUID consent : jdbc.sql("select id from consent where client_id = ? and party_type = 'WELFARE_AREA'")
                .param(client).query(UUID.class).list()) {
            sending.send(sendingCoach, "/clients/" + client + "/consents/" + consent + "/withdraw");
        }
        before = written();
        handOver(sendingLeader, receiving.id()).andExpect(status().isOk())
                .andExpect(content().string(containsString("suostumus henkilö- ja palvelutietojen luovuttamiseen")));
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void aCoachAnotherTeamsLeaderAnotherAreaAndEmergencyAccessAreRefused() throws Exception {
        consentToTheReceivingArea("IDENTITY", "SERVICE_RECORD");
        String otherLeader = teams.create("Kolmas tiimi").member("Sivullinen", "TEAM_LEADER", "1");
        String otherArea = receiving.member("Kaukainen", "TEAM_LEADER", "1");
        String emergency = users.newCoachOfAnotherTeam();
        mvc.perform(post("/clients/" + client + "/emergency").with(users.as(emergency)).with(csrf())
                .param("reason", "Client called in crisis; own coach away")).andExpect(redirectedUrl("/clients/" + client));
        List<String> before = written();
        handOver(sendingCoach, receiving.id()).andExpect(content().string(containsString("Vain tiimin tiiminvetäjä")));
        for (String outsider : List.of(otherLeader, otherArea, emergency)) {
            handOver(outsider, receiving.id()).andExpect(status().isNotFound());
        }
        mvc.perform(post("/clients/not-an-id/handover").with(users.as(sendingLeader)).with(csrf())
                .param("handoverTeamId", receiving.id().toString())).andExpect(status().isNotFound());
        handOver(sendingLeader, sending.id()).andExpect(content().string(containsString("toisen hyvinvointialueen")));
        // a move to another team of the area proposed first waits for that team's leader
        UUID nearby = teams.create("Naapuritiimi").id();
        mvc.perform(post("/clients/" + client + "/transfer").with(users.as(sendingLeader)).with(csrf())
                .param("toTeamId", nearby.toString())).andExpect(redirectedUrl("/clients/" + client + "/referral"));
        handOver(sendingLeader, receiving.id()).andExpect(content().string(containsString("on jo ehdotettu")));
        mvc.perform(post("/clients/" + client + "/handover").with(users.as(sendingLeader)).with(csrf()).locale(FINNISH)
                        .param("handoverTeamId", "not-a-team").param("areaHandoverNote", "Muutan"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("""
                        select count(*) from access_log where client_id = ? and action = 'DISCLOSURE'
                          and purpose = 'area handover'""")
                .param(client).query(Integer.class).single()).isZero();
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void theIdentityCodeStaysUniqueInTheReceivingArea() throws Exception {
        consentToTheReceivingArea("IDENTITY", "SERVICE_RECORD");
        String receivingCoach = receiving.member("Turkulainen", "COACH", "1");
        given.client(receivingCoach).named("Toinen", "Samakoodi").identifiedBy(identityCode).ofTeam(receiving.id())
                .create();
        List<String> before = written();
        handOver(sendingLeader, receiving.id()).andExpect(status().isOk())
                .andExpect(content().string(containsString("on jo asiakas tällä henkilötunnuksella")));
        assertThat(written()).isEqualTo(before);
    }

    private void consentToTheReceivingArea(String... kinds) throws Exception {
        String[] form = new String[4 + 2 * kinds.length];
        form[0] = "party";
        form[1] = "WELFARE_AREA:VARS";
        form[2] = "validFrom";
        form[3] = sending.day(1);
        for (int i = 0; i < kinds.length; i++) {
            form[4 + 2 * i] = "kind";
            form[5 + 2 * i] = kinds[i];
        }
        sending.send(sendingCoach, "/clients/" + client + "/consents", form);
    }

    private ResultActions handOver(String user, UUID toTeam) throws Exception {
        return mvc.perform(post("/clients/" + client + "/handover").with(users.as(user)).with(csrf()).locale(FINNISH)
                .param("handoverTeamId", toTeam.toString()).param("areaHandoverNote", "Muutan Turkuun"));
    }

    private List<String> written() {
        return WRITTEN.stream().map(checksum::of).toList();
    }

    private int activeClients() {
        return jdbc.sql("select active_clients from coach_caseload where staff_member_id = ?")
                .param(sending.staffMemberOf(sendingCoach)).query(Integer.class).single();
    }

    /** In the two teams of the test: other test classes share the database and make clients as fixtures. */
    private int inServiceWithoutACoachOrAWait() {
        return jdbc.sql("""
                        select count(*) from clients_facts_in_service s
                        where s.coach_staff_id is null and s.ips_team_id in (?, ?)
                          and not exists (select 1 from clients_facts_wait w where w.client_id = s.client_id
                                            and w.waited_until is null)""")
                .params(sending.id(), receiving.id()).query(Integer.class).single();
    }
}
