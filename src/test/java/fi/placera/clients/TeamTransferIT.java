package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.clients.internal.TeamTransfers;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Rejection;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Moving a client to another IPS team of the same area (issue 24 §4, decision 0075): the sending team's leader
 * proposes, the receiving team's leader accepts with a coach who has room; nobody else decides, and a client in service
 * always has a coach.
 */
@PlaceraIT
class TeamTransferIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final List<String> WRITTEN = List.of("client", "team_transfer", "coach_caseload", "coach_assignment");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired TeamTransfers transfers;
    @Autowired UserDetailsService accounts;

    private TestTeams.Team sending;
    private TestTeams.Team receiving;
    private String sendingLeader;
    private String sendingCoach;
    private String receivingLeader;
    private String receivingCoach;
    private UUID client;

    @BeforeEach
    void twoTeamsOfTheArea() throws Exception {
        sending = teams.create("Lähettävä tiimi");
        receiving = teams.create("Vastaanottava tiimi");
        sendingLeader = sending.member("Lähettäjä", "TEAM_LEADER", "1");
        sendingCoach = sending.member("Antaja", "COACH", "1");
        receivingLeader = receiving.member("Vastaanottaja", "TEAM_LEADER", "1");
        receivingCoach = receiving.member("Saaja", "COACH", "1");
        client = sending.client(sendingCoach, "Muuttaja");
    }

    @Test
    void theReceivingLeaderAcceptsWithACoachAndTheClientMovesWithTheCaseloadPlaces() throws Exception {
        UUID giving = sending.staffMemberOf(sendingCoach);
        UUID taking = receiving.staffMemberOf(receivingCoach);
        int givingBefore = activeClients(giving);
        propose(sendingLeader, receiving.id()).andExpect(redirectedUrl("/clients/" + client + "/referral"));
        assertThat(jdbc.sql("""
                        select count(*) from access_log where client_id = ? and action = 'DISCLOSURE'
                          and purpose = 'team transfer' and recipient = 'Vastaanottava tiimi'""")
                .param(client).query(Integer.class).single()).isOne();
        propose(sendingLeader, receiving.id()).andExpect(content().string(containsString("on jo ehdotettu")));

        String page = mvc.perform(get("/team/transfers").with(users.as(receivingLeader)).locale(FINNISH))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("T Muuttaja", "Lähettävä tiimi", "Uusi tiimi lähempänä kotia");
        mvc.perform(post("/team/transfers/" + transfer() + "/accept").with(users.as(receivingLeader)).with(csrf())
                .param("coachStaffId", taking.toString())).andExpect(redirectedUrl("/team/transfers"));

        assertThat(jdbc.sql("select ips_team_id from client where id = ?").param(client).query(UUID.class).single())
                .isEqualTo(receiving.id());
        assertThat(jdbc.sql("select coach_staff_id from client where id = ?").param(client).query(UUID.class).single())
                .isEqualTo(taking);
        assertThat(activeClients(giving)).isEqualTo(givingBefore - 1);
        assertThat(activeClients(taking)).isOne();
        assertThat(jdbc.sql("select coach_staff_id from coach_assignment where client_id = ? and to_on is null")
                .param(client).query(UUID.class).single()).isEqualTo(taking);
        assertThat(inServiceWithoutACoach()).isZero();
    }

    @Test
    void aFullCoachIsRefusedAndNothingChanges() throws Exception {
        String full = receiving.member("Täysi", "COACH", "0.05");
        receiving.client(full, "Paikalla");
        propose(sendingLeader, receiving.id()).andExpect(redirectedUrl("/clients/" + client + "/referral"));
        UUID transfer = transfer();
        List<String> before = written();
        mvc.perform(post("/team/transfers/" + transfer + "/accept").with(users.as(receivingLeader)).with(csrf())
                        .locale(FINNISH).param("coachStaffId", receiving.staffMemberOf(full).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("T Muuttaja")));
        assertThat(written()).isEqualTo(before);
        mvc.perform(post("/team/transfers/" + transfer + "/refuse").with(users.as(receivingLeader)).with(csrf()))
                .andExpect(redirectedUrl("/team/transfers"));
        assertThat(jdbc.sql("select ips_team_id from client where id = ?").param(client).query(UUID.class).single())
                .isEqualTo(sending.id());
        assertThat(jdbc.sql("select outcome from team_transfer where id = ?").param(transfer).query(String.class)
                .single()).isEqualTo("REFUSED");
        assertThat(inServiceWithoutACoach()).isZero();
    }

    @Test
    void onlyTheReceivingTeamsLeaderDecidesAndAnotherAreaSeesNothing() throws Exception {
        propose(sendingLeader, receiving.id()).andExpect(redirectedUrl("/clients/" + client + "/referral"));
        UUID transfer = transfer();
        String otherLeader = teams.create("Kolmas tiimi").member("Sivullinen", "TEAM_LEADER", "1");
        String otherArea = teams.create("Toisen alueen tiimi", (short) 5).member("Kaukainen", "TEAM_LEADER", "1");
        List<String> before = written();
        for (String outsider : List.of(otherLeader, otherArea, sendingLeader, receivingCoach)) {
            mvc.perform(get("/team/transfers").with(users.as(outsider)).locale(FINNISH))
                    .andExpect(content().string(not(containsString("Muuttaja"))));
            mvc.perform(post("/team/transfers/" + transfer + "/accept").with(users.as(outsider)).with(csrf())
                    .param("coachStaffId", receiving.staffMemberOf(receivingCoach).toString()))
                    .andExpect(status().is4xxClientError());
        }
        mvc.perform(post("/team/transfers/not-an-id/accept").with(users.as(receivingLeader)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void aCoachEmergencyAccessAndAnotherTeamCannotProposeAMove() throws Exception {
        List<String> before = written();
        propose(sendingCoach, receiving.id()).andExpect(content().string(containsString("Vain tiimin tiiminvetäjä")));
        propose(receivingLeader, receiving.id()).andExpect(status().isNotFound());
        String outsider = users.newCoachOfAnotherTeam();
        mvc.perform(post("/clients/" + client + "/emergency").with(users.as(outsider)).with(csrf())
                .param("reason", "Client called in crisis; own coach away")).andExpect(redirectedUrl("/clients/" + client));
        propose(outsider, receiving.id()).andExpect(status().isNotFound());
        propose(sendingLeader, sending.id()).andExpect(content().string(containsString("toinen asiakkaan alueen")));
        UUID otherAreaTeam = teams.create("Rajan takana", (short) 5).id();
        propose(sendingLeader, otherAreaTeam).andExpect(content().string(containsString("toinen asiakkaan alueen")));
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void fifteenParallelAcceptancesToACoachWithOnePlaceLeftExactlyOneSucceeds() throws Exception {
        String full = receiving.member("Yksi paikka", "COACH", "0.05");
        UUID taking = receiving.staffMemberOf(full);
        PlaceraUser leader = (PlaceraUser) accounts.loadUserByUsername(receivingLeader);
        List<UUID> proposals = new ArrayList<>();
        // the sending coach has 20 places, one taken by the client of every test
        for (int i = 0; i < 15; i++) {
            UUID moving = sending.client(sendingCoach, "Rinnakkain" + i);
            mvc.perform(post("/clients/" + moving + "/transfer").with(users.as(sendingLeader)).with(csrf())
                    .param("toTeamId", receiving.id().toString())).andExpect(redirectedUrl("/clients/" + moving + "/referral"));
            proposals.add(jdbc.sql("select id from team_transfer where client_id = ?").param(moving).query(UUID.class)
                    .single());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Boolean>> attempts = proposals.stream().<Callable<Boolean>>map(proposal -> () -> {
            try {
                transfers.accept(leader, proposal, taking);
                return true;
            } catch (Rejection refused) {
                return false;
            }
        }).toList();
        int accepted = 0;
        for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
            accepted += attempt.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(accepted).isOne();
        assertThat(activeClients(taking)).isOne();
        assertThat(jdbc.sql("select count(*) from team_transfer where outcome = 'ACCEPTED' and to_team_id = ?")
                .param(receiving.id()).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from client where ips_team_id = ?").param(receiving.id())
                .query(Integer.class).single()).isOne();
        assertThat(inServiceWithoutACoach()).isZero();
    }

    private ResultActions propose(String user, UUID toTeam) throws Exception {
        return mvc.perform(post("/clients/" + client + "/transfer").with(users.as(user)).with(csrf()).locale(FINNISH)
                .param("toTeamId", toTeam.toString()).param("transferNote", "Uusi tiimi lähempänä kotia"));
    }

    private List<String> written() {
        return WRITTEN.stream().map(checksum::of).toList();
    }

    private UUID transfer() {
        return jdbc.sql("select id from team_transfer where client_id = ? and outcome is null").param(client)
                .query(UUID.class).single();
    }

    private int activeClients(UUID coach) {
        return jdbc.sql("select active_clients from coach_caseload where staff_member_id = ?").param(coach)
                .query(Integer.class).single();
    }

    /** In the two teams of the test: other test classes share the database and make clients as fixtures. */
    private int inServiceWithoutACoach() {
        return jdbc.sql("""
                        select count(*) from clients_facts_in_service s
                        where s.coach_staff_id is null and s.ips_team_id in (?, ?)
                          and not exists (select 1 from clients_facts_wait w where w.client_id = s.client_id
                                            and w.waited_until is null)""")
                .params(sending.id(), receiving.id()).query(Integer.class).single();
    }
}
