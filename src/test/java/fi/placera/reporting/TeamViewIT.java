package fi.placera.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The team leader's view, checked against figures computed by hand for a team built for the test. */
@PlaceraIT
class TeamViewIT {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Employers employers;
    @Autowired TestTeams teams;

    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";

    @Test
    void theFiguresAreThoseComputedByHand() throws Exception {
        TestTeams.Team team = teams.create("Testitiimi");
        String aalto = team.member("Aalto", "COACH", "1");
        String berg = team.member("Berg", "COACH", "0.5");
        String leader = team.member("Lehto", "TEAM_LEADER", "1");
        UUID employer = employers.register((short) 17, new Employer.Details("Tiimityö " + team.id(), null, null, null, null,
                null, null)).id();

        jdbc.sql("insert into care_team_membership (staff_member_id, care_team_id) values (?, ?::uuid)")
                .params(team.staffMemberOf(aalto), CARE_VAASA).update();
        UUID referred = team.client(aalto, "Lahete");
        team.send(aalto, "/clients/" + referred + "/referral", "source", "CARE_TEAM", "careTeamId", CARE_VAASA,
                "referredOn", team.day(5));
        UUID working = team.client(aalto, "Tyossa");
        team.send(aalto, "/clients/" + working + "/agreement", "agreedOn", team.day(40), "howAgreed", "PAPER_SIGNATURE");
        team.employerConsent(aalto, working, employer, 40);
        team.send(aalto, "/employer-contacts", "employerId", employer.toString(), "contactedOn", team.day(30), "mode", "FACE_TO_FACE",
                "purpose", "ABOUT_CLIENT", "clientId", working.toString());
        // the job is recorded on its start day, 10 days ago (one recorded late would not make the contact before
        // its start due at all, decision 0062)
        java.time.Duration offset = users.clock().offset();
        try {
            users.clock().advance(java.time.Duration.ofDays(-10));
            team.send(aalto, "/clients/" + working + "/jobs", "employerId", employer.toString(), "jobStartedOn",
                    team.day(10), "hoursPerWeek", "20", "wageBasis", "HOURLY", "contractType", "PERMANENT",
                    "competitive", "true");
        } finally {
            users.clock().resetTo(offset);
        }
        team.send(aalto, "/clients/" + working + "/plan", "startedOn", team.day(100), "goals", "Työ");
        UUID searching = team.client(berg, "Etsii");
        // referred by a care team Berg is not attached to: not from the coach's own care teams
        team.send(berg, "/clients/" + searching + "/referral", "source", "CARE_TEAM", "careTeamId", CARE_VAASA,
                "referredOn", team.day(25));
        team.send(berg, "/clients/" + searching + "/agreement", "agreedOn", team.day(20), "howAgreed", "PAPER_SIGNATURE");
        team.employerConsent(berg, searching, employer, 20);
        team.send(berg, "/employer-contacts", "employerId", employer.toString(), "contactedOn", team.day(0), "mode", "FACE_TO_FACE",
                "purpose", "ABOUT_CLIENT", "clientId", searching.toString());
        UUID ended = team.client(berg, "Paattynyt");
        team.send(berg, "/clients/" + ended + "/agreement", "agreedOn", team.day(5), "howAgreed", "PAPER_SIGNATURE");
        team.send(berg, "/clients/" + ended + "/service/end", "serviceEndedOn", team.day(0), "serviceEndReason", "CLIENT_CHOICE", "serviceEndDestination", "OTHER",
                "serviceEndNote", "Muuttaa toiselle paikkakunnalle");

        team.send(aalto, "/meetings", "key", UUID.randomUUID().toString(), "careTeamId", CARE_VAASA,
                "heldOn", team.day(7), "coachAttended", "true");
        team.send(berg, "/meetings", "key", UUID.randomUUID().toString(), "careTeamId", CARE_VAASA, "heldOn", team.day(14));
        team.send(berg, "/meetings/team", "key", UUID.randomUUID().toString(), "team", team.id().toString(), "kind", "KELA",
                "heldOn", team.day(20), "startsAt", "10.00", "endsAt", "11.00");
        team.send(berg, "/meetings/team", "key", UUID.randomUUID().toString(), "team", team.id().toString(),
                "kind", "TEAM_WEEKLY", "heldOn", team.day(20), "startsAt", "9.00", "endsAt", "10.00");
        team.send(aalto, "/clients/" + working + "/consents", "party", "EMPLOYMENT_SERVICES", "kind", "EMPLOYMENT",
                "validFrom", team.day(40));
        team.send(aalto, "/meetings/agencies", "key", UUID.randomUUID().toString(), "clientId", working.toString(),
                "agency", "EMPLOYMENT_SERVICES", "mode", "MEETING", "contactedOn", team.day(1), "note", "Palkkatuki");

        // Aalto 30 h in the community and 10 at the office, 2 of those not employment work; Berg 0,5 h at the office
        team.send(aalto, "/time", "week", team.today().toString(), "JOB_DEVELOPMENT-COMMUNITY", "30",
                "DOCUMENTATION-OFFICE", "8", "OTHER_THAN_EMPLOYMENT-OFFICE", "2");
        team.send(berg, "/time", "week", team.today().minusWeeks(12).toString(), "CLIENT_WORK-OFFICE", "0,5");
        team.send(berg, "/time", "week", team.today().minusWeeks(13).toString(), "CLIENT_WORK-OFFICE", "9");

        Document page = Jsoup.parse(mvc.perform(get("/team").with(users.as(leader)).locale(Locale.forLanguageTag("fi")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("fig-REFERRED").text()).isEqualTo("1");
        assertThat(page.getElementById("fig-ENROLLED").text()).isEqualTo("2");
        assertThat(page.getElementById("fig-WORKING").text()).isEqualTo("1");
        assertThat(page.getElementById("fig-ENDED").text()).isEqualTo("1");
        // one face-to-face contact this week (Berg's, today) for two coaches
        assertThat(page.getElementById("fig-contacts").text()).isEqualTo("0,5");
        // (30 − 40 → 10 days) and (0 − 20 → 20 days): mean 15; the ended client enrolled 5 days ago has none
        assertThat(page.getElementById("fig-days").text()).isEqualTo("15 (1 vielä ilman)");
        boolean startThisQuarter = team.today().minusDays(10).get(IsoFields.QUARTER_OF_YEAR) == team.today().get(IsoFields.QUARTER_OF_YEAR);
        assertThat(page.getElementById("fig-JOB_STARTS").text()).isEqualTo(startThisQuarter ? "1" : "0");
        // the job began 10 days ago: the contacts before it, three days after it and a week after it are overdue
        // this quarter so far, from the outcome report: Tyossa, Etsii and Paattynyt (ended today) served, Tyossa worked
        assertThat(page.getElementById("fig-quarter-rate").text()).isEqualTo("33,3 % (1/3)");
        assertThat(page.getElementById("fig-SUPPORT_OVERDUE").text()).isEqualTo("3");
        // the plan began 100 days ago: its 3-month review is past its day
        assertThat(page.getElementById("fig-REVIEWS_OVERDUE").text()).isEqualTo("1");
        // caseload: Lahete, Tyossa (Aalto), Etsii (Berg); only Lahete came from the coach's own care team
        assertThat(page.getElementById("fig-from-own-care-teams").text()).isEqualTo("1/3 (33 %)");
        assertThat(page.getElementById("fig-care-team-attendance").text()).isEqualTo("1/2 (50 %)");
        assertThat(page.getElementById("fig-agency-meetings").text()).isEqualTo("1");
        assertThat(page.getElementById("fig-agency-contacts").text()).isEqualTo("1");

        // 40,5 h in the last 13 weeks (the week 13 weeks ago is outside): 38,5 employment, 30 in the community
        assertThat(page.getElementById("fig-time-hours").text()).isEqualTo("40,5");
        assertThat(page.getElementById("fig-time-employment").text()).isEqualTo("95,1 %");
        assertThat(page.getElementById("fig-time-community").text()).isEqualTo("74,1 %");

        Document behind = Jsoup.parse(mvc.perform(get(page.select("#fig-SUPPORT_OVERDUE a").attr("href"))
                .with(users.as(leader)).locale(Locale.forLanguageTag("fi"))).andReturn().getResponse().getContentAsString());
        assertThat(behind.select("#figure-rows tbody tr").eachText()).containsExactly(
                "T Tyossa Testi Aalto " + team.day(10), "T Tyossa Testi Aalto " + team.day(7),
                "T Tyossa Testi Aalto " + team.day(3));
        assertThat(behind.select("#figure-rows tbody a").attr("href")).isEqualTo("/clients/" + working);
        // only the client behind the rows is read (once), not the team's whole caseload
        assertThat(jdbc.sql("select client_id from access_log where username = ? and purpose = 'team figure'")
                .param(leader).query(UUID.class).list()).containsExactly(working);
        assertThat(page.select("#caseloads-heading ~ div tbody tr").eachText())
                .containsExactly("Testi Aalto 2 20", "Testi Berg 1 10");
    }
}
