package fi.placera.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.organisation.internal.OrganisationService;
import fi.placera.platform.Administrator;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The teams a staff member belongs to, as every page's access decisions and team choices read them: each IPS team and
 * care team once, the IPS teams by name, nothing for an unknown or missing staff member. Within one request they are
 * read once, until the organisation changes in that request; so is a team found by its code (the report page asks for
 * it twice).
 */
@PlaceraIT
class StaffMembershipsIT {

    private static final UUID CARE_VAASA = UUID.fromString("6a1f0000-0000-4000-8000-000000000101");
    private static final UUID CARE_KORSHOLM = UUID.fromString("6a1f0000-0000-4000-8000-000000000102");

    @Autowired Organisation organisation;
    @Autowired TestTeams teams;
    @Autowired DemoUsers users;
    @Autowired OrganisationService service;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aLeaderOfTwoTeamsAttachedToTwoCareTeamsBelongsToEachOnce() {
        TestTeams.Team second = teams.create("Örn-tiimi");
        TestTeams.Team first = teams.create("Aalto-tiimi", DemoUsers.OTHER_AREA);
        String leader = second.member("Lehto", "TEAM_LEADER", "0.5");
        first.join(leader, "TEAM_LEADER", "0.5");
        users.attachToCareTeam(leader, CARE_VAASA.toString());
        users.attachToCareTeam(leader, CARE_KORSHOLM.toString());
        UUID staff = second.staffMemberOf(leader);

        assertThat(organisation.membershipsOf(staff))
                .isEqualTo(new StaffMemberships(Set.of(first.id(), second.id()), Set.of(CARE_VAASA, CARE_KORSHOLM)));
        assertThat(organisation.ipsTeamsOf(staff)).containsExactly(
                new IpsTeamSummary(first.id(), first.code(), "Aalto-tiimi", DemoUsers.OTHER_AREA,
                        CollaborationModel.CARE_INTEGRATED),
                new IpsTeamSummary(second.id(), second.code(), "Örn-tiimi", DemoUsers.DEMO_AREA,
                        CollaborationModel.CARE_INTEGRATED));
        assertThat(organisation.ipsTeamOf(staff, second.id())).map(IpsTeamSummary::id).contains(second.id());
        assertThat(organisation.ipsTeamOf(staff, null)).map(IpsTeamSummary::id).contains(first.id());
    }

    @Test
    void aCoachOfOneTeamAndNoCareTeamBelongsToThatTeamOnly() {
        TestTeams.Team team = teams.create("Yksin");
        UUID staff = team.staffMemberOf(team.member("Virta", "COACH", "1"));

        assertThat(organisation.membershipsOf(staff)).isEqualTo(new StaffMemberships(Set.of(team.id()), Set.of()));
        assertThat(organisation.ipsTeamsOf(staff)).extracting(IpsTeamSummary::id).containsExactly(team.id());
    }

    @Test
    void anUnknownOrMissingStaffMemberBelongsToNothing() {
        for (UUID nobody : new UUID[] {UUID.randomUUID(), null}) {
            assertThat(organisation.membershipsOf(nobody)).isEqualTo(StaffMemberships.NONE);
            assertThat(organisation.ipsTeamsOf(nobody)).isEmpty();
            assertThat(organisation.ipsTeamOf(nobody, null)).isEmpty();
        }
    }

    @Test
    void withinARequestTheTeamsAreReadOnceUntilTheOrganisationChanges() {
        TestTeams.Team team = teams.create("Kerran");
        TestTeams.Team joined = teams.create("Myöhemmin");
        TestTeams.Team third = teams.create("Kolmas");
        String coach = team.member("Koski", "COACH", "1");
        UUID staff = team.staffMemberOf(coach);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(organisation.ipsTeamsOf(staff)).extracting(IpsTeamSummary::id).containsExactly(team.id());
        assertThat(organisation.membershipsOf(staff).ipsTeams()).containsExactly(team.id());

        joined.join(coach, "COACH", "0.5");

        // the same request still sees what it read (one page, one answer)
        assertThat(organisation.ipsTeamsOf(staff)).extracting(IpsTeamSummary::id).containsExactly(team.id());
        assertThat(organisation.membershipsOf(staff).ipsTeams()).containsExactly(team.id());
        // a change of the organisation in the request makes it read again
        service.renameArea(Administrator.operator("test"), organisation.area(DemoUsers.DEMO_AREA).orElseThrow());
        assertThat(organisation.ipsTeamsOf(staff)).extracting(IpsTeamSummary::id)
                .containsExactlyInAnyOrder(team.id(), joined.id());
        assertThat(organisation.membershipsOf(staff).ipsTeams()).containsExactlyInAnyOrder(team.id(), joined.id());
        // and a new request reads afresh
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        third.join(coach, "COACH", "0.1");
        assertThat(organisation.ipsTeamsOf(staff)).hasSize(3);
    }

    @Test
    void withinARequestATeamFoundByItsCodeIsReadOnceUntilTheOrganisationChanges() {
        TestTeams.Team team = teams.create("Ensin");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(organisation.ipsTeamByCode(team.code())).map(IpsTeamSummary::name).contains("Ensin");

        rename(team, "Sitten");

        // the same request still sees what it read (one page, one answer)
        assertThat(organisation.ipsTeamByCode(team.code())).map(IpsTeamSummary::name).contains("Ensin");
        // a change of the organisation in the request makes it read again
        service.renameArea(Administrator.operator("test"), organisation.area(DemoUsers.DEMO_AREA).orElseThrow());
        assertThat(organisation.ipsTeamByCode(team.code())).map(IpsTeamSummary::name).contains("Sitten");
        // and outside a request every read goes to the database
        RequestContextHolder.resetRequestAttributes();
        rename(team, "Lopuksi");
        assertThat(organisation.ipsTeamByCode(team.code())).map(IpsTeamSummary::name).contains("Lopuksi");
    }

    private void rename(TestTeams.Team team, String name) {
        jdbc.sql("update ips_team set name = ? where id = ?").params(name, team.id()).update();
    }

    @Test
    void outsideARequestEveryReadGoesToTheDatabase() {
        TestTeams.Team team = teams.create("Aina");
        TestTeams.Team joined = teams.create("Heti");
        String coach = team.member("Salo", "COACH", "1");
        UUID staff = team.staffMemberOf(coach);
        assertThat(organisation.membershipsOf(staff).ipsTeams()).containsExactly(team.id());

        joined.join(coach, "COACH", "0.5");

        assertThat(organisation.membershipsOf(staff).ipsTeams()).containsExactlyInAnyOrder(team.id(), joined.id());
    }

    @Test
    void aTeamIsFoundByItsCodeAndAStaffMemberByIdInOneRead() {
        TestTeams.Team team = teams.create("Koodi");
        UUID staff = team.staffMemberOf(team.member("Niemi", "COACH", "1"));

        assertThat(organisation.ipsTeamByCode(team.code())).contains(new IpsTeamSummary(team.id(), team.code(), "Koodi",
                DemoUsers.DEMO_AREA, CollaborationModel.CARE_INTEGRATED));
        assertThat(organisation.ipsTeamByCode("NO-SUCH-TEAM")).isEmpty();
        assertThat(organisation.ipsTeamName(team.id())).contains("Koodi");
        assertThat(organisation.ipsTeamName(UUID.randomUUID())).isEmpty();
        assertThat(organisation.staffMember(staff)).map(StaffMemberSummary::lastName).contains("Niemi");
        assertThat(organisation.staffMember(UUID.randomUUID())).isEmpty();
    }
}
