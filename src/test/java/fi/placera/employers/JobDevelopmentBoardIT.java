package fi.placera.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 21 §5: coaches are not ranked in front of each other. The board shows the team's face-to-face contacts this
 * week against the team's target (six per coach, prorated by FTE) and a coach's own week; each coach's week is on
 * the team leader's supervision view only, in name order.
 */
@PlaceraIT
class JobDevelopmentBoardIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;

    private String teamName;
    private String leader;
    private String aalto;
    private String berg;

    @BeforeEach
    void teamWithAWeekOfContacts() {
        teamName = "Taulutiimi " + UUID.randomUUID().toString().substring(0, 6);
        TestTeams.Team team = teams.create(teamName);
        leader = team.member("Lehto", "TEAM_LEADER", "1");
        aalto = team.member("Aalto", "COACH", "1");
        berg = team.member("Berg", "COACH", "0.5");
        UUID employer = UUID.randomUUID();
        jdbc.sql("insert into employer (id, area_id, name, name_key, version) values (?, 17, ?, ?, 0)")
                .params(employer, "Taulu Oy " + employer, "taulu oy " + employer).update();
        contacts(team.staffMemberOf(aalto), employer, 3, "FACE_TO_FACE", team);
        contacts(team.staffMemberOf(berg), employer, 5, "FACE_TO_FACE", team);
        contacts(team.staffMemberOf(berg), employer, 2, "PHONE", team);
    }

    @Test
    void theTeamSeesTheTeamsWeekAgainstItsTargetAndEachCoachOnlyTheirOwn() throws Exception {
        Document page = page(aalto, "/employers/board");
        // the coaches' 8 face to face of 6 × (1 + 0.5) = 9 (the leader is not a coach); 10 contacts in all
        assertThat(page.select("#team-weeks li").eachText())
                .contains(teamName + ": 8 kasvokkain, tavoite 9; kontakteja kaikkiaan 10");
        assertThat(page.getElementById("own-week").text())
                .isEqualTo("Oma viikkosi: 3 kasvokkain, oma tavoitteesi 6; kontakteja kaikkiaan 3.");
        assertThat(Jsoup.parse(mvc.perform(get("/employers/board").with(users.as(berg)).locale(FINNISH))
                        .andReturn().getResponse().getContentAsString())
                .getElementById("own-week").text()).startsWith("Oma viikkosi: 5 kasvokkain, oma tavoitteesi 3;");
        // who knows which employers, by name, with no one's numbers
        assertThat(page.select("#who-knows thead th")).hasSize(2);
        assertThat(page.select("#who-knows tbody th").eachText()).containsSubsequence("Testi Aalto", "Testi Berg");
        assertThat(page.select("#who-knows tbody td").eachText())
                .allSatisfy(cell -> assertThat(cell).doesNotMatch("\\d+( / \\d+)?"));
        assertThat(page.text()).doesNotContain("5 / 6", "3 / 6");
        assertThat(page.getElementById("supervision-link")).isNull();
    }

    @Test
    void eachCoachsWeekIsOnTheTeamLeadersSupervisionViewOnlyInNameOrder() throws Exception {
        assertThat(page(leader, "/employers/board").getElementById("supervision-link")).isNotNull();
        Document supervision = page(leader, "/employers/board/supervision");
        assertThat(supervision.select("#coach-weeks tbody tr").eachText())
                .containsExactly("Testi Aalto 3 3", "Testi Berg 5 7");
        assertThat(supervision.select("#team-weeks li").eachText())
                .contains(teamName + ": 8 kasvokkain, tavoite 9; kontakteja kaikkiaan 10");
        for (String outsider : new String[] {aalto, berg, "manager", "evaluator", "careteam"}) {
            mvc.perform(get("/employers/board/supervision").with(users.as(outsider)))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(outsider).isIn(403, 404));
        }
    }

    @Test
    void managersGetNoFigureDrillDownWithCoaches() throws Exception {
        for (String figure : new String[] {"REFERRED", "ENROLLED", "WORKING"}) {
            mvc.perform(get("/team/figures/" + figure).with(users.as("manager")))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
        }
        mvc.perform(get("/employers/board").with(users.as("manager"))).andExpect(status().isForbidden());
    }

    private Document page(String user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(users.as(user)).locale(FINNISH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private void contacts(UUID coach, UUID employer, int count, String mode, TestTeams.Team team) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                            insert into employer_contact (id, area_id, employer_id, coach_staff_id, contacted_on, mode,
                                                          purpose, recorded_by, idempotency_key)
                            values (?, 17, ?, ?, ?, ?, 'GENERAL_JOB_DEVELOPMENT', ?, ?)""")
                    .params(UUID.randomUUID(), employer, coach, team.today(), mode, UUID.randomUUID(), UUID.randomUUID())
                    .update();
        }
    }
}
