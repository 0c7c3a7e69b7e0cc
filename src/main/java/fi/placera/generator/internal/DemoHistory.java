package fi.placera.generator.internal;

import fi.placera.generator.internal.Names.Name;
import fi.placera.generator.internal.World.AreaRow;
import fi.placera.generator.internal.World.CareTeam;
import fi.placera.generator.internal.World.ExistingCoach;
import fi.placera.generator.internal.World.ExistingTeam;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A demo that is alive: on the first start with the {@code demo} profile, the demo team (POH-IPS1) gets the demo
 * scale's clients, about 60 in every phase, with two years of history up to today — employer contacts, jobs,
 * follow-along support, questionnaires, meetings and reads — a client account ({@value #CLIENT_USERNAME}, signing in
 * as the demo accounts do) for one client in the service, and one published fidelity review. Runs before the demo
 * accounts are printed, and never again once the team has clients.
 */
@Component
@Profile("demo")
class DemoHistory implements ApplicationRunner {

    static final String CLIENT_USERNAME = "client";
    private static final String DEMO_TEAM = "POH-IPS1";
    private static final UUID CLIENT_ACCOUNT = UUID.fromString("6a1f0000-0000-4000-8000-000000000309");
    /** Any fixed seed: the same demo on every machine, but for the days, which follow today. */
    private static final long SEED = 2026;
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final JdbcClient jdbc;
    private final SyntheticData syntheticData;
    private final DemoReview review;
    private final Clock clock;

    DemoHistory(JdbcClient jdbc, SyntheticData syntheticData, DemoReview review, Clock clock) {
        this.jdbc = jdbc;
        this.syntheticData = syntheticData;
        this.review = review;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) throws SQLException {
        Optional<ExistingTeam> team = demoTeam().filter(this::withoutClients);
        if (team.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        World world = new World(Scale.DEMO, new Seeds(SEED), new AreaRow(Scale.SINGLE_AREA, "POH"), team.get(), today);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        syntheticData.loadIntoExistingTeam(world, new PrintStream(progress, true, StandardCharsets.UTF_8));
        log.debug("Demo history loaded:\n{}", progress.toString(StandardCharsets.UTF_8));
        clientAccount(world);
        review.publish(team.get(), today);
        log.info("Demo team {}: {} clients with their history up to {}, a client account and a published fidelity review",
                DEMO_TEAM, world.clients.size(), today);
    }

    private boolean withoutClients(ExistingTeam team) {
        return !jdbc.sql("select exists (select 1 from client where ips_team_id = ?)").param(team.id())
                .query(Boolean.class).single();
    }

    /** The demo team as the demo data migration made it, its leader first; empty without that migration. */
    private Optional<ExistingTeam> demoTeam() {
        return jdbc.sql("select id, name from ips_team where code = ?").param(DEMO_TEAM)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<CareTeam> careTeams = careTeamsOf(id);
                    return new ExistingTeam(id, DEMO_TEAM, rs.getString("name"), careTeams, coachesOf(id, careTeams));
                })
                .optional();
    }

    private List<ExistingCoach> coachesOf(UUID team, List<CareTeam> teamCareTeams) {
        return jdbc.sql("""
                        select m.staff_member_id, a.id as account_id, s.first_name, s.last_name, a.username,
                               m.team_role = 'TEAM_LEADER' as leader, m.fte
                        from ips_team_membership m
                        join staff_member s on s.id = m.staff_member_id
                        join user_account a on a.staff_member_id = s.id
                        where m.ips_team_id = ?
                        order by leader desc, a.username""")
                .param(team)
                .query((rs, row) -> {
                    UUID staff = rs.getObject("staff_member_id", UUID.class);
                    List<CareTeam> attends = attendedBy(staff);
                    return new ExistingCoach(staff, rs.getObject("account_id", UUID.class),
                            new Name(rs.getString("first_name"), rs.getString("last_name")), rs.getString("username"),
                            rs.getBoolean("leader"), rs.getObject("fte", BigDecimal.class),
                            attends.isEmpty() ? teamCareTeams : attends);
                })
                .list();
    }

    /** The care teams the team's members attend. */
    private List<CareTeam> careTeamsOf(UUID team) {
        return careTeams("cm.staff_member_id in (select staff_member_id from ips_team_membership where ips_team_id = ?)",
                team);
    }

    /** The care teams one member attends. */
    private List<CareTeam> attendedBy(UUID staffMember) {
        return careTeams("cm.staff_member_id = ?", staffMember);
    }

    private List<CareTeam> careTeams(String whose, UUID id) {
        // sql-reviewed: whose is one of the two conditions above, never input
        return jdbc.sql("""
                        select distinct c.id, c.area_id, c.code, c.name
                        from care_team c join care_team_membership cm on cm.care_team_id = c.id""" + " where "
                        + whose + " order by c.code")
                .param(id)
                .query((rs, row) -> new CareTeam(rs.getObject("id", UUID.class), rs.getShort("area_id"),
                        rs.getString("code"), rs.getString("name")))
                .list();
    }

    /** A client account for the first client of the team's first coach who is enrolled and still in the service. */
    private void clientAccount(World world) {
        ClientTimeline client = world.clients.stream().filter(c -> c.enrolled() && c.active())
                .filter(c -> !world.coaches.get(c.coachIndex()).leader()).findFirst().orElseThrow();
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, enabled, area_id, version)
                        values (?, ?, ?, ?, true, ?, 0)""")
                .params(CLIENT_ACCOUNT, CLIENT_USERNAME, client.name().first(), OrganisationRows.DEMO_PASSWORD_HASH,
                        client.areaId())
                .update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'CLIENT')").param(CLIENT_ACCOUNT).update();
        jdbc.sql("insert into mfa_credential (account_id, secret, enrolled_at) values (?, ?, ?)")
                .params(CLIENT_ACCOUNT, OrganisationRows.DEMO_TOTP_SECRET, Timestamp.from(clock.instant())).update();
        jdbc.sql("insert into client_account (account_id, client_id, area_id, created_at) values (?, ?, ?, ?)")
                .params(CLIENT_ACCOUNT, client.id(), client.areaId(), Timestamp.from(clock.instant())).update();
    }
}
