package fi.placera.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

/** Builds an IPS team of its own for a test, so that figures computed by hand are not disturbed by other tests. */
@Component
public class TestTeams {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    private final JdbcClient jdbc;
    /** Only contexts with MockMvc (the integration tests, not the browser tests) post forms. */
    private final ObjectProvider<MockMvc> mvc;
    private final DemoUsers users;
    private final Clock clock;
    private final Given given;

    TestTeams(JdbcClient jdbc, ObjectProvider<MockMvc> mvc, DemoUsers users, Clock clock, Given given) {
        this.jdbc = jdbc;
        this.mvc = mvc;
        this.users = users;
        this.clock = clock;
        this.given = given;
    }

    /**
     * Who a hostile walk sends against a record of a client of the demo area, each of whom must be refused and write
     * nothing: those given first (an emergency reader, say), then a coach of another team, the leader of a new team
     * of the area and a team leader of another area.
     */
    public List<String> strangers(String... first) {
        return Stream.concat(Stream.of(first), Stream.of(users.newCoachOfAnotherTeam(),
                create("Muu tiimi").member("Muu", "TEAM_LEADER", "1"), users.newTeamLeaderOfAnotherArea())).toList();
    }

    /**
     * A coach of another team who broke the glass for the client, reading the kind of information given: emergency
     * access reads and never writes, so every hostile walk sends one.
     */
    public String emergencyReader(UUID client, String kind) {
        String reader = users.newCoachOfAnotherTeam();
        try {
            mvc.getObject().perform(users.as(reader, post("/clients/" + client + "/emergency"))
                            .param("reason", "Client called in crisis; own coach unreachable").param("kinds", kind))
                    .andExpect(redirectedUrl("/clients/" + client));
        } catch (Exception unexpected) {
            throw new IllegalStateException(unexpected);
        }
        return reader;
    }

    public Team create(String name) {
        return create(name, (short) 17);
    }

    /** A team of another welfare area, for the tests of what crosses (or may not cross) an area's border. */
    public Team create(String name, short areaId) {
        UUID team = UUID.randomUUID();
        String code = "T-" + team.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.sql("""
                        insert into ips_team (id, area_id, code, name, collaboration_model, version)
                        values (?, ?, ?, ?, 'CARE_INTEGRATED', 0)""")
                .params(team, areaId, code, name).update();
        return new Team(team, code, areaId);
    }

    /** A team of the demo welfare area (Pohjanmaa) with its members, clients and the days around today. */
    public final class Team {

        private final UUID id;
        private final String code;
        private final short areaId;
        private final LocalDate today = LocalDate.now(clock);

        private Team(UUID id, String code, short areaId) {
            this.id = id;
            this.code = code;
            this.areaId = areaId;
        }

        public UUID id() {
            return id;
        }

        public String code() {
            return code;
        }

        public short areaId() {
            return areaId;
        }

        public LocalDate today() {
            return today;
        }

        /** The day so many days ago as a form takes it (d.M.yyyy). */
        public String day(int daysAgo) {
            return today.minusDays(daysAgo).format(DAY);
        }

        /** A staff member of the team with an account; returns the user name. */
        public String member(String lastName, String role, String fte) {
            UUID staff = UUID.randomUUID();
            UUID account = UUID.randomUUID();
            String username = "t." + staff.toString().substring(0, 8);
            jdbc.sql("""
                            insert into staff_member (id, area_id, first_name, last_name, email, version)
                            values (?, ?, 'Testi', ?, ?, 0)""")
                    .params(staff, areaId, lastName, username + "@example.fi").update();
            jdbc.sql("""
                            insert into ips_team_membership (staff_member_id, ips_team_id, team_role, fte)
                            values (?, ?, ?, ?::numeric)""")
                    .params(staff, id, role, fte).update();
            jdbc.sql("""
                            insert into user_account (id, username, display_name, password_hash, staff_member_id, area_id, version)
                            values (?, ?, ?, 'none', ?, ?, 0)""")
                    .params(account, username, lastName, staff, areaId).update();
            jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(account, role).update();
            return username;
        }

        /** A member of another team (its user name) joins this one too, in the role: a leader of two teams. */
        public void join(String username, String role, String fte) {
            jdbc.sql("""
                            insert into ips_team_membership (staff_member_id, ips_team_id, team_role, fte)
                            select staff_member_id, ?, ?, ?::numeric from user_account where username = ?""")
                    .params(id, role, fte, username).update();
        }

        /** The staff member id behind a member's user name. */
        public UUID staffMemberOf(String username) {
            return jdbc.sql("select staff_member_id from user_account where username = ?").param(username)
                    .query(UUID.class).single();
        }

        /** A client registered by the coach into this team. */
        public UUID client(String coach, String lastName) throws Exception {
            return given.client(coach).named("T", lastName).ofTeam(id).create();
        }

        /**
         * The client's consent to tell the employer about their work (kind EMPLOYMENT), valid from so many days ago:
         * what a contact, agreement or job lead about the client at that employer needs. The agreement must exist.
         */
        public void employerConsent(String coach, UUID client, UUID employer, int daysAgo) throws Exception {
            send(coach, "/clients/" + client + "/consents", "party", "EMPLOYER:" + employer, "kind", "EMPLOYMENT",
                    "validFrom", day(daysAgo));
        }

        /** Posts a form as the user, name-value pairs. */
        public void send(String user, String path, String... params) throws Exception {
            var request = post(path).with(users.as(user)).with(csrf());
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            mvc.getObject().perform(request);
        }
    }
}
