package fi.placera.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The designated role for restricted records is the area's setting: with the default (team leaders) the client's own
 * coach is refused while the restriction is in force; with {@code COACH} the coach keeps reading. Team leaders, who
 * handle the request, read in both; anyone else is refused in both.
 */
@PlaceraIT
class DesignatedRoleIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private UUID client(String coach) throws Exception {
        return given.client(coach).named("Rita", "Rajattu").create();
    }

    private void restrict(UUID client, Map<Short, Role> designated) {
        short area = jdbc.sql("select area_id from client where id = ?").param(client).query(Short.class).single();
        UUID teamLeader = jdbc.sql("select id from user_account where username = 'teamleader'").query(UUID.class)
                .single();
        Restrictions restrictions = new Restrictions(jdbc, clock, new PortalProperties(null,
                designated.isEmpty() ? Map.of() : Map.of(area, designated.values().iterator().next())));
        PlaceraUser leader = new PlaceraUser(teamLeader, "teamleader", "Team Leader", Set.of(Role.TEAM_LEADER), area,
                null, true, "");
        restrictions.impose(leader, client, area, "Asiakas kiistää tiedot");
    }

    @Test
    void byDefaultOnlyTeamLeadersReadARestrictedRecord() throws Exception {
        String coach = users.newCoach();
        String colleague = users.newCoach();
        UUID client = client(coach);
        restrict(client, Map.of());
        assertThat(jdbc.sql("select allowed_role from client_restriction where client_id = ?").param(client)
                .query(String.class).single()).isEqualTo("TEAM_LEADER");
        mvc.perform(get("/clients/" + client).with(users.as(coach))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/" + client).with(users.as(colleague))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/" + client).with(users.as("teamleader"))).andExpect(status().isOk());
    }

    @Test
    void anAreaThatDesignatesCoachesKeepsTheCoachReadingAndTheTeamLeadersToo() throws Exception {
        String coach = users.newCoach();
        UUID client = client(coach);
        restrict(client, Map.of((short) 0, Role.COACH));
        assertThat(jdbc.sql("select allowed_role from client_restriction where client_id = ?").param(client)
                .query(String.class).single()).isEqualTo("COACH");
        mvc.perform(get("/clients/" + client).with(users.as(coach))).andExpect(status().isOk());
        mvc.perform(get("/clients/" + client).with(users.as("teamleader"))).andExpect(status().isOk());
        mvc.perform(get("/clients/" + client).with(users.as(users.newCoachOfAnotherTeam())))
                .andExpect(status().isNotFound());
    }
}
