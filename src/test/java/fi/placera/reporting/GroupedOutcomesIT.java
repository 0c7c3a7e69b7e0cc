package fi.placera.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.reporting.Outcomes.Outcome;
import fi.placera.reporting.Outcomes.Period;
import fi.placera.reporting.Outcomes.Scope;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.KeptFigures;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many scopes read together ({@link Outcomes#ofEach}, decision 0089) give each scope exactly the report it gets when
 * read alone, field by field: every team and every area of the database (the demo area and what other tests left)
 * and hand-built teams in two areas — a coach who works in teams of both areas (their clients, contacts and
 * preference contacts count in each team, each area and once in the country), a team whose coach has contacts but
 * no clients, and a team with nobody.
 */
@PlaceraIT
class GroupedOutcomesIT {

    private static final short OTHER_AREA = DemoUsers.OTHER_AREA;
    private static final List<Period> TWO_YEARS = Stream.of(2025, 2026)
            .flatMap(year -> CalendarPeriods.ofYear(year).stream()).toList();

    @Autowired Outcomes outcomes;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;

    private UUID withClients;
    private UUID coachOnly;
    private UUID nobody;
    private UUID otherAreaTeam;

    @BeforeEach
    void teamsInTwoAreas() {
        TestTeams.Team a = teams.create("Ryhmä A");
        withClients = a.id();
        String sharedUser = a.member("Aalto", "COACH", "0.5");
        UUID shared = a.staffMemberOf(sharedUser);
        UUID own = a.staffMemberOf(a.member("Berg", "COACH", "1"));
        TestTeams.Team b = teams.create("Ryhmä B");
        coachOnly = b.id();
        UUID idle = b.staffMemberOf(b.member("Carlsson", "COACH", "1"));
        TestTeams.Team c = teams.create("Ryhmä C", OTHER_AREA);
        otherAreaTeam = c.id();
        c.join(sharedUser, "COACH", "0.5");
        UUID far = c.staffMemberOf(c.member("Dahl", "COACH", "1"));
        nobody = teams.create("Ryhmä D", OTHER_AREA).id();

        UUID employer17 = employer((short) 17);
        UUID employer5 = employer(OTHER_AREA);
        UUID a1 = enrolled(withClients, 17, shared, "2025-02-10", false);
        job(a1, 17, employer17, "2025-05-02", "2025-11-30");
        contact(shared, a1, 17, employer17, "2025-02-20", true);
        UUID a2 = enrolled(withClients, 17, own, "2025-04-01", true);
        job(a2, 17, employer17, "2025-03-01", null);
        contact(own, a2, 17, employer17, "2025-04-30", false);
        exit(a2, 17, "2025-09-15");
        UUID a3 = enrolled(withClients, 17, own, "2025-07-01", false);
        contact(own, a3, 17, employer17, "2025-08-04", null);
        job(a3, 17, employer17, "2026-01-05", null);
        contact(idle, a1, 17, employer17, "2025-06-11", true);         // by a coach without clients of their own
        UUID c1 = enrolled(otherAreaTeam, OTHER_AREA, shared, "2025-01-15", false);
        contact(shared, c1, OTHER_AREA, employer5, "2025-03-03", false);
        job(c1, OTHER_AREA, employer5, "2025-03-20", null);
        UUID c2 = enrolled(otherAreaTeam, OTHER_AREA, far, "2025-10-01", false);
        contact(far, c2, OTHER_AREA, employer5, "2025-10-09", true);
        exit(c2, OTHER_AREA, "2026-02-01");
    }

    @Test
    void eachScopeReadTogetherIsItsReportReadAlone() {
        List<Scope> scopes = new ArrayList<>(List.of(Scope.national(),
                Scope.teams(List.of(withClients, otherAreaTeam)), Scope.teams(List.of())));
        jdbc.sql("select id from welfare_area order by id").query(Short.class).list()
                .forEach(area -> scopes.add(Scope.area(area)));
        jdbc.sql("select id from ips_team order by code").query(UUID.class).list()
                .forEach(team -> scopes.add(Scope.team(team)));

        Map<Scope, List<Outcome>> together = outcomes.ofEach(scopes, TWO_YEARS);

        assertThat(together).containsOnlyKeys(scopes);
        for (Scope scope : scopes) {
            KeptFigures.forget(jdbc);
            assertThat(together.get(scope)).as("%s", scope).isEqualTo(outcomes.of(scope, TWO_YEARS));
        }
        Outcome year = together.get(Scope.team(withClients)).get(CalendarPeriods.YEAR);
        assertThat(year.served()).isEqualTo(3);
        assertThat(year.worked()).isEqualTo(2);
        assertThat(year.coaches()).isEqualTo(2);
        // the shared coach's contacts in the other area count for this team too: all of its coaches' contacts
        assertThat(year.employerContacts()).isEqualTo(4);
        assertThat(year.contactsWithClientPreference()).isEqualTo(3);
        assertThat(together.get(Scope.team(otherAreaTeam)).get(CalendarPeriods.YEAR).employerContacts()).isEqualTo(3);
    }

    @Test
    void anAreaReadWithItsOwnTeamsAndAnotherAreasTeamGivesEachItsReportReadAlone() {
        // without the country, the area's episodes and those of the other area's team are read apart (decision 0096):
        // each episode once, counted in its team and in its area
        List<Scope> scopes = List.of(Scope.area(OTHER_AREA), Scope.team(otherAreaTeam), Scope.team(nobody),
                Scope.team(withClients), Scope.teams(List.of(withClients, otherAreaTeam)));

        Map<Scope, List<Outcome>> together = outcomes.ofEach(scopes, TWO_YEARS);

        for (Scope scope : scopes) {
            KeptFigures.forget(jdbc);
            assertThat(together.get(scope)).as("%s", scope).isEqualTo(outcomes.of(scope, TWO_YEARS));
        }
        Outcome both = together.get(Scope.teams(List.of(withClients, otherAreaTeam))).get(CalendarPeriods.YEAR);
        assertThat(both.served()).isEqualTo(5);
        // the coach who works in both teams, with clients in each, is one coach of the two teams together
        assertThat(both.coaches()).isEqualTo(3);
    }

    @Test
    void aScopeWithoutClientsHasAReportOfNobodyInEveryPeriodAndItsCoachesPreferencesStillCount() {
        Map<Scope, List<Outcome>> together = outcomes.ofEach(
                List.of(Scope.team(nobody), Scope.team(coachOnly), Scope.area(OTHER_AREA)), TWO_YEARS);

        assertThat(together.get(Scope.team(nobody))).hasSize(TWO_YEARS.size()).allSatisfy(outcome -> {
            assertThat(outcome.served()).isZero();
            assertThat(outcome.enrolled()).isZero();
            assertThat(outcome.coaches()).isZero();
            assertThat(outcome.employmentRate()).isNull();
            assertThat(outcome.contactsClientPreferenceShare()).isNull();
        });
        Outcome idle = together.get(Scope.team(coachOnly)).get(CalendarPeriods.YEAR);
        assertThat(idle.served()).isZero();
        assertThat(idle.employerContactsPerCoachWeek()).isNull();
        assertThat(idle.contactsClientPreferenceShare()).isEqualByComparingTo("1.0000");
        assertThat(together.get(Scope.team(nobody)).get(0).from()).isEqualTo(TWO_YEARS.get(0).from());
    }

    private UUID employer(short area) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into employer (id, area_id, name, name_key, version) values (?, ?, ?, ?, 0)")
                .params(id, area, "Ryhmä Oy " + id, "ryhmä oy " + id).update();
        return id;
    }

    private UUID enrolled(UUID team, int area, UUID coach, String day, boolean inWork) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, preferred_language, ips_team_id,
                                            coach_staff_id, version)
                        values (?, ?, 'T', 'Ryhmä', 'fi', ?, ?, 0)""")
                .params(id, area, team, coach).update();
        jdbc.sql("""
                        insert into cooperation_agreement (id, client_id, area_id, agreed_on, how_agreed, in_work_at_entry,
                                                           recorded_by)
                        values (?, ?, ?, ?::date, 'PAPER_SIGNATURE', ?, ?)""")
                .params(UUID.randomUUID(), id, area, day, inWork, UUID.randomUUID()).update();
        return id;
    }

    private void exit(UUID client, int area, String day) {
        jdbc.sql("""
                        insert into service_end (id, client_id, area_id, ended_on, reason, note, recorded_by)
                        values (?, ?, ?, ?::date, 'CLIENT_CHOICE', 'Oma valinta', ?)""")
                .params(UUID.randomUUID(), client, area, day, UUID.randomUUID()).update();
    }

    private void job(UUID client, int area, UUID employer, String start, String end) {
        jdbc.sql("""
                        insert into job (id, client_id, area_id, employer_id, started_on, ended_on, hours_per_week, wage_basis,
                                         contract_type, competitive, end_reason, recorded_by, idempotency_key, version)
                        values (?, ?, ?, ?, ?::date, ?::date, 20, 'HOURLY', 'PERMANENT', true, ?, ?, ?, 0)""")
                .params(UUID.randomUUID(), client, area, employer, start, end, end == null ? null : "CONTRACT_ENDED",
                        UUID.randomUUID(), UUID.randomUUID())
                .update();
    }

    private void contact(UUID coach, UUID client, int area, UUID employer, String day, Boolean followedPreference) {
        jdbc.sql("""
                        insert into employer_contact (id, area_id, employer_id, coach_staff_id, contacted_on, mode, purpose,
                                                      client_id, followed_preference, recorded_by, idempotency_key)
                        values (?, ?, ?, ?, ?::date, 'FACE_TO_FACE', ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), area, employer, coach, day,
                        client == null ? "GENERAL_JOB_DEVELOPMENT" : "ABOUT_CLIENT", client, followedPreference,
                        UUID.randomUUID(), UUID.randomUUID())
                .update();
    }
}
