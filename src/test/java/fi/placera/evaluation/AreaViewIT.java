package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The manager's view of the area (issue 27 §3, decision 0081): each team against the model, only the own area. */
@PlaceraIT
class AreaViewIT {

    private static final String CARE_VAASA = "6a1f0000-0000-4000-8000-000000000101";
    private static final String CARE_MUSTASAARI = "6a1f0000-0000-4000-8000-000000000102";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;

    private Document area(String user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/evaluation/area").with(users.as(user)).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void eachTeamIsCheckedAgainstTheModelAndItsSmallCountsAreHidden() throws Exception {
        TestTeams.Team small = teams.create("Pieni tiimi");
        String coach = small.member("Ahola", "COACH", "1");
        small.member("Vetäjä", "TEAM_LEADER", "1");
        UUID client = small.client(coach, "Jonottaja");
        small.send(coach, "/clients/" + client + "/agreement", "agreedOn", small.day(10), "howAgreed", "PAPER_SIGNATURE");

        TestTeams.Team whole = teams.create("Kokonainen tiimi");
        String first = whole.member("Ensimmäinen", "COACH", "1");
        String second = whole.member("Toinen", "COACH", "1");
        String leader = whole.member("Johtaja", "TEAM_LEADER", "1");
        attach(whole, first, CARE_VAASA);
        attach(whole, second, CARE_VAASA);
        attach(whole, second, CARE_MUSTASAARI);
        var monday = whole.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 1; week <= 4; week++) {
            mvc.perform(users.as(leader, post("/meetings/team")).param("key", UUID.randomUUID().toString())
                    .param("team", whole.id().toString()).param("kind", "TEAM_WEEKLY")
                    .param("heldOn", monday.minusWeeks(week).plusDays(1).format(DAY)).param("startsAt", "9.00")
                    .param("endsAt", "10.00").param("attendees", whole.staffMemberOf(first).toString()));
        }

        Document page = area("manager");
        Element smallTeam = page.getElementById("area-team-" + small.code());
        Element wholeTeam = page.getElementById("area-team-" + whole.code());
        assertThat(smallTeam.selectFirst(".check-staffed").text()).isEqualTo("Not met: 2 staff, team leader: yes");
        assertThat(smallTeam.selectFirst(".check-meetings").text()).isEqualTo("Not met: held in 0 of 4 weeks");
        assertThat(smallTeam.selectFirst(".check-care-teams").text())
                .isEqualTo("Not met: 1 coaches attached to none or to more than two");
        assertThat(smallTeam.selectFirst(".check-caseloads").text()).isEqualTo("Met: 0 coaches over the limit");
        assertThat(wholeTeam.selectFirst(".check-staffed").text()).isEqualTo("Met: 3 staff, team leader: yes");
        assertThat(wholeTeam.selectFirst(".check-meetings").text()).isEqualTo("Met: held in 4 of 4 weeks");
        assertThat(wholeTeam.selectFirst(".check-care-teams").text())
                .isEqualTo("Met: 0 coaches attached to none or to more than two");
        assertThat(smallTeam.selectFirst(".fidelity").text()).isEqualTo("No published fidelity review yet.");

        assertThat(smallTeam.select("table tbody tr").first().select("td").eachText())
                .as("one enrolled client: the counts are hidden outside the team").contains("<5");
        assertThat(smallTeam.select("table tbody tr")).hasSize(4);
        assertThat(smallTeam.text() + wholeTeam.text()).as("no coach is named")
                .doesNotContain("Ahola", "Vetäjä", "Ensimmäinen", "Toinen", "Johtaja");
    }

    @Test
    void onlyAManagerSeesTheirOwnAreasTeams() throws Exception {
        TestTeams.Team team = teams.create("Oman alueen tiimi");
        assertThat(area("manager").getElementById("area-team-" + team.code())).isNotNull();
        for (String user : new String[] {"coach1", "teamleader", "evaluator", "careteam"}) {
            int answered = mvc.perform(get("/evaluation/area").with(users.as(user))).andReturn().getResponse().getStatus();
            assertThat(answered).as(user).isIn(403, 404);
        }
        UUID otherAreasTeam = UUID.randomUUID();
        jdbc.sql("""
                        insert into ips_team (id, area_id, code, name, collaboration_model, version)
                        values (?, 5, ?, 'Toisen alueen tiimi', 'CARE_INTEGRATED', 0)""")
                .params(otherAreasTeam, "X-" + otherAreasTeam.toString().substring(0, 8).toUpperCase(Locale.ROOT)).update();
        assertThat(area("manager").text()).doesNotContain("Toisen alueen tiimi");
    }

    private void attach(TestTeams.Team team, String username, String careTeam) {
        jdbc.sql("insert into care_team_membership (staff_member_id, care_team_id) values (?, ?::uuid)")
                .params(team.staffMemberOf(username), careTeam).update();
    }
}
