package fi.placera.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.placera.employers.Employer;
import fi.placera.employers.Employers;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Employers employers;
    @Autowired Clock clock;

    private UUID team;
    private LocalDate today;

    /** A staff member of the test team with an account; returns the user name. */
    private String member(String lastName, String role, String fte) {
        UUID staff = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        String username = "t." + staff.toString().substring(0, 8);
        jdbc.sql("insert into staff_member (id, area_id, first_name, last_name, email, version) values (?, 17, 'Testi', ?, ?, 0)")
                .params(staff, lastName, username + "@example.fi").update();
        jdbc.sql("insert into ips_team_membership (staff_member_id, ips_team_id, team_role, fte) values (?, ?, ?, ?::numeric)")
                .params(staff, team, role, fte).update();
        jdbc.sql("insert into user_account (id, username, display_name, password_hash, staff_member_id, area_id, version) "
                + "values (?, ?, ?, 'none', ?, 17, 0)").params(account, username, lastName, staff).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(account, role).update();
        return username;
    }

    private UUID client(String coach) throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/clients").with(users.as(coach)).with(csrf()).param("id", id.toString()).param("firstName", "T")
                .param("lastName", "Tiimi").param("preferredLanguage", "fi").param("ipsTeamId", team.toString()));
        return id;
    }

    private void send(String coach, String path, String... params) throws Exception {
        var request = post(path).with(users.as(coach)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request);
    }

    private String day(int daysAgo) {
        return today.minusDays(daysAgo).format(DAY);
    }

    @Test
    void theFiguresAreThoseComputedByHand() throws Exception {
        today = LocalDate.now(clock);
        team = UUID.randomUUID();
        jdbc.sql("insert into ips_team (id, area_id, code, name, collaboration_model, version) "
                + "values (?, 17, ?, 'Testitiimi', 'CARE_INTEGRATED', 0)")
                .params(team, "T-" + team.toString().substring(0, 8).toUpperCase(Locale.ROOT)).update();
        String aalto = member("Aalto", "COACH", "1");
        String berg = member("Berg", "COACH", "0.5");
        String leader = member("Lehto", "TEAM_LEADER", "1");
        UUID employer = employers.register((short) 17, new Employer.Details("Tiimityö " + team, null, null, null, null,
                null, null)).id();

        UUID referred = client(aalto);
        send(aalto, "/clients/" + referred + "/referral", "source", "SELF", "referredOn", day(5));
        UUID working = client(aalto);
        send(aalto, "/clients/" + working + "/agreement", "agreedOn", day(40), "howAgreed", "PAPER_SIGNATURE");
        send(aalto, "/employer-contacts", "employerId", employer.toString(), "contactedOn", day(30), "mode", "FACE_TO_FACE",
                "purpose", "ABOUT_CLIENT", "clientId", working.toString());
        send(aalto, "/clients/" + working + "/jobs", "employerId", employer.toString(), "jobStartedOn", day(10),
                "hoursPerWeek", "20", "wageBasis", "HOURLY", "contractType", "PERMANENT", "competitive", "true");
        send(aalto, "/clients/" + working + "/plan", "startedOn", day(100), "goals", "Työ");
        UUID searching = client(berg);
        send(berg, "/clients/" + searching + "/agreement", "agreedOn", day(20), "howAgreed", "PAPER_SIGNATURE");
        send(berg, "/employer-contacts", "employerId", employer.toString(), "contactedOn", day(0), "mode", "FACE_TO_FACE",
                "purpose", "ABOUT_CLIENT", "clientId", searching.toString());
        UUID ended = client(berg);
        send(berg, "/clients/" + ended + "/agreement", "agreedOn", day(5), "howAgreed", "PAPER_SIGNATURE");
        send(berg, "/clients/" + ended + "/service/end", "serviceEndedOn", day(0), "serviceEndReason", "CLIENT_CHOICE",
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
        boolean startThisQuarter = today.minusDays(10).get(IsoFields.QUARTER_OF_YEAR) == today.get(IsoFields.QUARTER_OF_YEAR);
        assertThat(page.getElementById("fig-job-starts").text()).isEqualTo(startThisQuarter ? "1" : "0");
        // the job began 10 days ago: the contacts before it, three days after it and a week after it are overdue
        assertThat(page.getElementById("fig-support").text()).isEqualTo("3");
        // the plan began 100 days ago: its 3-month review is past its day
        assertThat(page.getElementById("fig-reviews").text()).isEqualTo("1");
        assertThat(page.select("#caseloads-heading ~ div tbody tr").eachText())
                .containsExactly("Testi Aalto 2 20", "Testi Berg 1 10");
    }
}
