package fi.placera.generator.internal;

import fi.placera.generator.internal.World.CareTeam;
import fi.placera.generator.internal.World.Coach;
import fi.placera.generator.internal.World.Team;
import java.sql.SQLException;

/**
 * The IPS teams, care teams and coaches of the generated world, with their accounts and caseload counters.
 * Coaches sign in like the demo accounts (the demo password and TOTP secret of docs/decisions/0005), so that
 * the pages can be measured at scale; the data is synthetic, never a real service's.
 */
final class OrganisationRows {

    static final String DEMO_PASSWORD_HASH = "{argon2}$argon2id$v=19$m=19456,t=2,p=1$VNDwgu81eKhuu/lnOCkhOw"
            + "$MIImcQYQ8SgroSydYGb92m7VPhejlCD/twjermts5qY";
    static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP";

    private final World world;

    OrganisationRows(World world) {
        this.world = world;
    }

    void write(Table table, CopyStream out) throws SQLException {
        for (Team team : world.teams) {
            switch (table) {
                case IPS_TEAM -> out.id(team.id()).number(team.area().id()).text(team.code()).text(team.name())
                        .text("CARE_INTEGRATED").text(null).number(0).endRow();
                case CARE_TEAM -> writeCareTeams(team, out);
                default -> writeCoaches(table, team, out);
            }
        }
    }

    private void writeCareTeams(Team team, CopyStream out) throws SQLException {
        for (CareTeam careTeam : team.careTeams()) {
            out.id(careTeam.id()).number(careTeam.areaId()).text(careTeam.code()).text(careTeam.name())
                    .text(null).number(0).endRow();
        }
    }

    private void writeCoaches(Table table, Team team, CopyStream out) throws SQLException {
        for (Coach coach : team.coaches()) {
            switch (table) {
                case STAFF_MEMBER -> out.id(coach.staffId()).number(coach.areaId()).text(coach.name().first())
                        .text(coach.name().last()).text(coach.username() + "@example.fi").text(null).number(0).endRow();
                case IPS_TEAM_MEMBERSHIP -> out.id(coach.staffId()).id(team.id())
                        .text(coach.leader() ? "TEAM_LEADER" : "COACH").literal(coach.fte()).endRow();
                case CARE_TEAM_MEMBERSHIP -> writeCareTeamMemberships(coach, out);
                case USER_ACCOUNT -> out.id(coach.accountId()).text(coach.username()).text(coach.name().full())
                        .text(DEMO_PASSWORD_HASH).flag(true).id(coach.staffId()).number(coach.areaId()).number(0)
                        .endRow();
                case ACCOUNT_ROLE -> writeRoles(coach, out);
                case MFA_CREDENTIAL -> out.id(coach.accountId()).text(DEMO_TOTP_SECRET)
                        .instant(ClientStory.at(world.firstDay(), 9)).endRow();
                case COACH_CASELOAD -> out.id(coach.staffId()).number(coach.areaId()).number(coach.activeClients())
                        .endRow();
                default -> throw new IllegalArgumentException("not an organisation table: " + table.name);
            }
        }
    }

    private static void writeCareTeamMemberships(Coach coach, CopyStream out) throws SQLException {
        for (CareTeam careTeam : coach.careTeams()) {
            out.id(coach.staffId()).id(careTeam.id()).endRow();
        }
    }

    private static void writeRoles(Coach coach, CopyStream out) throws SQLException {
        out.id(coach.accountId()).text("COACH").endRow();
        if (coach.leader()) {
            out.id(coach.accountId()).text("TEAM_LEADER").endRow();
        }
    }
}
