package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.platform.Rejection;
import fi.placera.reporting.internal.TeamFigures;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** S1 / AZ7: a coach never has more than 20 active clients, prorated by FTE, even under concurrency. */
@PlaceraIT
class CaseloadIT {

    private static final UUID DEMO_TEAM = UUID.fromString("6a1f0000-0000-4000-8000-000000000001");

    @Autowired ClientRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestTeams teams;
    @Autowired TeamFigures figures;
    @Autowired Clock clock;

    /** A new coach of the demo team with the given FTE, as a signed-in user. */
    private PlaceraUser newCoach(String fte) {
        UUID staff = UUID.randomUUID();
        jdbc.sql("insert into staff_member (id, area_id, first_name, last_name, email, version) values (?, 17, 'Kim', 'Kuormitus', ?, 0)")
                .params(staff, staff + "@example.fi").update();
        jdbc.sql("insert into ips_team_membership (staff_member_id, ips_team_id, team_role, fte) values (?, ?, 'COACH', ?::numeric)")
                .params(staff, DEMO_TEAM, fte).update();
        return new PlaceraUser(UUID.randomUUID(), "kim." + staff, "Kim Kuormitus", Set.of(Role.COACH), (short) 17, staff,
                true, null);
    }

    private Client newClient(PlaceraUser coach) {
        return newClient(coach, DEMO_TEAM);
    }

    private Client newClient(PlaceraUser coach, UUID team) {
        return new Client(UUID.randomUUID(), (short) 17, "Asiakas", "Kuormitus", null, "fi", team,
                coach.staffMemberId(), null);
    }

    private int activeClients(PlaceraUser coach) {
        return jdbc.sql("select count(*) from client where coach_staff_id = ?").param(coach.staffMemberId())
                .query(Integer.class).single();
    }

    @Test
    void fiftyParallelAssignmentsToACoachWithNineteenClientsLetExactlyOneThrough() throws Exception {
        PlaceraUser coach = newCoach("1.00");
        for (int i = 0; i < 19; i++) {
            registry.register(coach, newClient(coach));
        }
        assertThat(succeededInParallel(coach, attempt -> DEMO_TEAM)).isEqualTo(1);
        assertThat(activeClients(coach)).isEqualTo(20);
        assertThat(jdbc.sql("select active_clients from coach_caseload where staff_member_id = ?")
                .param(coach.staffMemberId()).query(Integer.class).single()).isEqualTo(20);
    }

    @Test
    void aPartTimeCoachsLimitIsProratedAndTheRefusalNamesColleaguesWithRoom() throws Exception {
        PlaceraUser coach = newCoach("0.80");
        for (int i = 0; i < 16; i++) {
            registry.register(coach, newClient(coach));
        }
        assertThatThrownBy(() -> registry.register(coach, newClient(coach)))
                .isInstanceOf(Rejection.class).hasMessage("client.caseload.full");
        assertThat(activeClients(coach)).isEqualTo(16);

        mvc.perform(post("/clients").with(user(coach)).with(csrf()).locale(Locale.forLanguageTag("fi"))
                        .param("id", UUID.randomUUID().toString()).param("firstName", "Seitsemäs")
                        .param("lastName", "Asiakas").param("preferredLanguage", "fi")
                        .param("ipsTeamId", DEMO_TEAM.toString()))
                .andExpect(content().string(containsString("Valmentajan asiakasmäärä on täynnä (16")))
                .andExpect(content().string(containsString("Tiimissä tilaa on: Anna Björklund")))
                .andExpect(content().string(containsString("value=\"Seitsem&auml;s\"")));
        assertThat(activeClients(coach)).isEqualTo(16);
    }

    /** S1 counts a coach's clients against the coach's FTE: two half-time posts make one full-time caseload. */
    @Test
    void aCoachWithTwoHalfTimePostsTakesTwentyClientsAcrossBothTeams() {
        PlaceraUser coach = newCoach("0.50");
        String lastName = "Kaksiosa-" + coach.staffMemberId().toString().substring(0, 8);
        jdbc.sql("update staff_member set last_name = ? where id = ?").params(lastName, coach.staffMemberId()).update();
        UUID otherTeam = teams.create("Kuormitus toinen").id();
        jdbc.sql("insert into ips_team_membership (staff_member_id, ips_team_id, team_role, fte) values (?, ?, 'COACH', 0.50)")
                .params(coach.staffMemberId(), otherTeam).update();
        for (int i = 0; i < 10; i++) {
            registry.register(coach, newClient(coach, DEMO_TEAM));
            registry.register(coach, newClient(coach, otherTeam));
        }
        assertThatThrownBy(() -> registry.register(coach, newClient(coach, DEMO_TEAM)))
                .isInstanceOf(Rejection.class).hasMessage("client.caseload.full");
        // the other team has no coach with room: the twenty-first waits on its list instead (decision 0069)
        Client waiting = registry.register(coach, newClient(coach, otherTeam));
        assertThat(waiting.coachStaffId()).isNull();
        assertThat(jdbc.sql("select count(*) from client_wait where client_id = ?").param(waiting.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(activeClients(coach)).isEqualTo(20);

        LocalDate today = LocalDate.now(clock);
        for (UUID team : List.of(DEMO_TEAM, otherTeam)) {
            assertThat(figures.of(team, today).caseloads()).filteredOn(caseload -> caseload.coach().equals("Kim " + lastName))
                    .extracting(TeamFigures.Caseload::active, TeamFigures.Caseload::limit)
                    .containsExactly(tuple(20, 20));
        }
    }

    /** The one counter still holds the limit when assignments come through both of a coach's teams at once. */
    @Test
    void parallelAssignmentsThroughBothTeamsOfAHalfTimeCoachLetExactlyOneThroughAtTwenty() throws Exception {
        PlaceraUser coach = newCoach("0.50");
        UUID otherTeam = teams.create("Kuormitus rinnakkain").id();
        jdbc.sql("insert into ips_team_membership (staff_member_id, ips_team_id, team_role, fte) values (?, ?, 'COACH', 0.50)")
                .params(coach.staffMemberId(), otherTeam).update();
        for (int i = 0; i < 19; i++) {
            registry.register(coach, newClient(coach, i % 2 == 0 ? DEMO_TEAM : otherTeam));
        }
        assertThat(succeededInParallel(coach, attempt -> attempt % 2 == 0 ? DEMO_TEAM : otherTeam)).isEqualTo(1);
        assertThat(activeClients(coach)).isEqualTo(20);
    }

    /** Fifty registrations of new clients of the coach at once, in the team each attempt names; how many succeeded. */
    private int succeededInParallel(PlaceraUser coach, IntFunction<UUID> teamOfAttempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID team = teamOfAttempt.apply(i);
            attempts.add(() -> {
                try {
                    // where no coach of the team has room, the client waits on its list without one (decision 0069)
                    return registry.register(coach, newClient(coach, team)).coachStaffId() != null;
                } catch (Rejection refused) {
                    return false;
                }
            });
        }
        int succeeded = 0;
        for (Future<Boolean> result : pool.invokeAll(attempts)) {
            succeeded += result.get() ? 1 : 0;
        }
        pool.shutdown();
        return succeeded;
    }
}
