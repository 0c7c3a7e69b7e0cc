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

    @Test
    void theFiguresAreThoseComputedByHand() throws Exception {
        TestTeams.Team team = teams.create("Testitiimi");
        String aalto = team.member("Aalto", "COACH", "1");
        String berg = team.member("Berg", "COACH", "0.5");
        String leader = team.member("Lehto", "TEAM_LEADER", "1");
        UUID employer = employers.register((short) 17, new Employer.Details("Tiimityö " + team, null, null, null, null,
                null, null)).id();

        UUID referred = team.client(aalto, "Tiimi");
        team.send(aalto, "/clients/" + referred + "/referral", "source", "SELF", "referredOn", team.day(5));
        UUID working = team.client(aalto, "Tiimi");
        team.send(aalto, "/clients/" + working + "/agreement", "agreedOn", team.day(40), "howAgreed", "PAPER_SIGNATURE");
        team.send(aalto, "/employer-contacts", "employerId", employer.toString(), "contactedOn", team.day(30), "mode", "FACE_TO_FACE",
                "purpose", "ABOUT_CLIENT", "clientId", working.toString());
        team.send(aalto, "/clients/" + working + "/jobs", "employerId", employer.toString(), "jobStartedOn", team.day(10),
                "hoursPerWeek", "20", "wageBasis", "HOURLY", "contractType", "PERMANENT", "competitive", "true");
        team.send(aalto, "/clients/" + working + "/plan", "startedOn", team.day(100), "goals", "Työ");
        UUID searching = team.client(berg, "Tiimi");
        team.send(berg, "/clients/" + searching + "/agreement", "agreedOn", team.day(20), "howAgreed", "PAPER_SIGNATURE");
        team.send(berg, "/employer-contacts", "employerId", employer.toString(), "contactedOn", team.day(0), "mode", "FACE_TO_FACE",
                "purpose", "ABOUT_CLIENT", "clientId", searching.toString());
        UUID ended = team.client(berg, "Tiimi");
        team.send(berg, "/clients/" + ended + "/agreement", "agreedOn", team.day(5), "howAgreed", "PAPER_SIGNATURE");
        team.send(berg, "/clients/" + ended + "/service/end", "serviceEndedOn", team.day(0), "serviceEndReason", "CLIENT_CHOICE",
                "serviceEndNote", "Muuttaa toiselle paikkakunnalle");

        Document page = Jsoup.parse(mvc.perform(get("/team").with(users.as(leader)).locale(Locale.forLanguageTag("fi")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("fig-referred").text()).isEqualTo("1");
        assertThat(page.getElementById("fig-enrolled").text()).isEqualTo("2");
        assertThat(page.getElementById("fig-working").text()).isEqualTo("1");
        assertThat(page.getElementById("fig-ended").text()).isEqualTo("1");
        // one face-to-face contact this week (Berg's, today) for two coaches
        assertThat(page.getElementById("fig-contacts").text()).isEqualTo("0,5");
        // (30 − 40 → 10 days) and (0 − 20 → 20 days): mean 15; the ended client enrolled 5 days ago has none
        assertThat(page.getElementById("fig-days").text()).isEqualTo("15 (1 vielä ilman)");
        boolean startThisQuarter = team.today().minusDays(10).get(IsoFields.QUARTER_OF_YEAR) == team.today().get(IsoFields.QUARTER_OF_YEAR);
        assertThat(page.getElementById("fig-job-starts").text()).isEqualTo(startThisQuarter ? "1" : "0");
        // the job began 10 days ago: the contacts before it, three days after it and a week after it are overdue
        assertThat(page.getElementById("fig-support").text()).isEqualTo("3");
        // the plan began 100 days ago: its 3-month review is past its day
        assertThat(page.getElementById("fig-reviews").text()).isEqualTo("1");
        assertThat(page.select("#caseloads-heading ~ div tbody tr").eachText())
                .containsExactly("Testi Aalto 2 20", "Testi Berg 1 10");
    }
}
