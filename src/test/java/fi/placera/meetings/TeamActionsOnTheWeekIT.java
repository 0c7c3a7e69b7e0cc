package fi.placera.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.platform.IpsModel;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.MutableClock;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A team meeting's action is owned by a person of the team (issue 28 §6, decision 0065): chosen from the team's
 * members, on that person's week from its lead time until its due day; a staff id from outside the team is refused
 * and nothing stored; an action recorded before with a free-text owner keeps its text.
 */
@PlaceraIT
@ExtendWith(OutputCaptureExtension.class)
class TeamActionsOnTheWeekIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    /** A weekly meeting of the team today, from eight to nine. */
    private MockHttpServletRequestBuilder meeting(String user, TestTeams.Team team) {
        return users.as(user, post("/meetings/team")).param("key", UUID.randomUUID().toString())
                .param("team", team.id().toString()).param("kind", "TEAM_WEEKLY").param("heldOn", team.day(0))
                .param("startsAt", "8.00").param("endsAt", "9.00");
    }

    private Document page(String user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(users.as(user, get(path))).andReturn().getResponse().getContentAsString());
    }

    private List<Element> tasks(String user, String text) throws Exception {
        return page(user, "/week").select(".task-list li").stream().filter(task -> task.text().contains(text)).toList();
    }

    private UUID meetingOf(TestTeams.Team team) {
        return jdbc.sql("select id from team_meeting where ips_team_id = ?").param(team.id()).query(UUID.class).single();
    }

    @Test
    void anActionComesOnItsOwnersWeekFromItsLeadTimeUntilItsDueDay() throws Exception {
        TestTeams.Team team = teams.create("Toimenpidetiimi");
        String coach = team.member("Ahola", "COACH", "1");
        String leader = team.member("Bäck", "TEAM_LEADER", "1");
        LocalDate today = team.today();
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate edge = sunday.plusDays(IpsModel.TEAM_MEETING_ACTION_LEAD_DAYS);
        String coachId = team.staffMemberOf(coach).toString();
        mvc.perform(meeting(leader, team)
                        .param("action", "Soita Kelaan", "Kirjoita raportti", "Varaa tila")
                        .param("actionOwner", coachId, coachId, team.staffMemberOf(leader).toString())
                        .param("actionOwnerText", "", "", "")
                        .param("actionDueOn", edge.format(DAY), edge.plusDays(1).format(DAY), today.format(DAY)))
                .andExpect(redirectedUrl("/meetings/team?saved&team=" + team.id()));
        UUID meeting = meetingOf(team);

        assertThat(tasks(coach, "Soita Kelaan")).singleElement().satisfies(task -> {
            assertThat(task.text()).isEqualTo(edge.format(DAY) + ": tiimipalaverissa sovittu toimenpide: Soita Kelaan");
            assertThat(task.select("a").attr("href")).isEqualTo("/meetings/team/" + meeting);
        });
        assertThat(tasks(coach, "Kirjoita raportti")).as("a day beyond the lead time").isEmpty();
        assertThat(tasks(coach, "Varaa tila")).as("the leader's action").isEmpty();
        assertThat(tasks(leader, "Varaa tila")).hasSize(1);
        assertThat(tasks(leader, "Soita Kelaan")).isEmpty();
        Duration offset = clock.offset();
        try {
            clock.advance(Duration.ofDays(7));
            assertThat(tasks(coach, "Kirjoita raportti")).hasSize(1);
            assertThat(tasks(leader, "Varaa tila")).as("its due day has passed").isEmpty();
            clock.advance(Duration.ofDays(IpsModel.TEAM_MEETING_ACTION_LEAD_DAYS + 2));
            assertThat(tasks(coach, "Soita Kelaan")).as("its due day has passed").isEmpty();
        } finally {
            clock.resetTo(offset);
        }

        Document form = page(leader, "/meetings/team/" + meeting);
        // the rows come by due day: the leader's action of today first
        assertThat(form.select("#actionOwner-0 option[selected]").text()).isEqualTo("Testi Bäck");
        assertThat(form.select("#actionOwner-1 option[selected]").text()).isEqualTo("Testi Ahola");
        assertThat(form.select("#actionOwner-1 option").eachText()).contains("Testi Ahola", "Testi Bäck");
        assertThat(form.select("label[for=actionOwner-0]").text()).isEqualTo("Toimenpiteen 1 vastuuhenkilö");
    }

    @Test
    void aStaffIdOfAnotherTeamAMalformedOwnerOrNulIsRefusedAndNothingStored(CapturedOutput output) throws Exception {
        TestTeams.Team team = teams.create("Vartiotiimi");
        String coach = team.member("Carlsson", "COACH", "1");
        String stranger = users.newCoachOfAnotherTeam();
        UUID strangerId = jdbc.sql("select staff_member_id from user_account where username = ?").param(stranger)
                .query(UUID.class).single();
        String before = checksum.of("team_meeting") + checksum.of("team_meeting_action");

        Document refused = Jsoup.parse(mvc.perform(meeting(coach, team).param("action", "Vieras tehtävä")
                        .param("actionOwner", strangerId.toString()).param("actionOwnerText", "")
                        .param("actionDueOn", team.day(-3)))
                .andReturn().getResponse().getContentAsString());
        assertThat(refused.getElementById("actionOwner-error").text())
                .isEqualTo("Valitse vastuuhenkilö tiimin jäsenistä.");
        assertThat(refused.getElementById("action-0").val()).isEqualTo("Vieras tehtävä");
        assertThat(output.getOut()).contains("team_action_owner_outside_team");
        assertThat(tasks(stranger, "Vieras tehtävä")).isEmpty();

        Document malformed = Jsoup.parse(mvc.perform(meeting(coach, team).param("action", "Outo")
                        .param("actionOwner", "Carlsson").param("actionOwnerText", "")
                        .param("actionDueOn", team.day(-3)))
                .andReturn().getResponse().getContentAsString());
        assertThat(malformed.getElementById("actionOwner-error").text())
                .isEqualTo("Valitse vastuuhenkilö tiimin jäsenistä.");
        String own = team.staffMemberOf(coach).toString();
        // inside the value: a single value bound to a list is trimmed, which would drop a NUL at either end
        Document nul = Jsoup.parse(mvc.perform(meeting(coach, team).param("action", "Nul")
                        .param("actionOwner", own.substring(0, 8) + "\u0000" + own.substring(8))
                        .param("actionOwnerText", "").param("actionDueOn", team.day(-3)))
                .andReturn().getResponse().getContentAsString());
        assertThat(nul.getElementById("actionOwner-error").text()).isEqualTo("Valitse vastuuhenkilö tiimin jäsenistä.");
        Document unchosen = Jsoup.parse(mvc.perform(meeting(coach, team).param("action", "Ei kenenkään")
                        .param("actionOwner", "").param("actionOwnerText", "").param("actionDueOn", team.day(-3)))
                .andReturn().getResponse().getContentAsString());
        assertThat(unchosen.getElementById("actionOwner-error").text()).isEqualTo("Täytä tämä kenttä.");
        assertThat(checksum.of("team_meeting") + checksum.of("team_meeting_action")).isEqualTo(before);
    }

    @Test
    void anActionWithAFreeTextOwnerRecordedBeforeKeepsItsText() throws Exception {
        TestTeams.Team team = teams.create("Perinnetiimi");
        String coach = team.member("Dahlberg", "COACH", "1");
        mvc.perform(meeting(coach, team)).andExpect(redirectedUrl("/meetings/team?saved&team=" + team.id()));
        UUID meeting = meetingOf(team);
        jdbc.sql("""
                        insert into team_meeting_action (id, meeting_id, action, owner, due_on)
                        values (?, ?, 'Vanha toimenpide', 'Työnohjaaja Virtanen', ?)""")
                .params(UUID.randomUUID(), meeting, team.today().plusDays(1)).update();

        Document form = page(coach, "/meetings/team/" + meeting);
        assertThat(form.getElementById("action-0").val()).isEqualTo("Vanha toimenpide");
        assertThat(form.select("#actionOwner-0 option").first().text()).isEqualTo("Työnohjaaja Virtanen");
        assertThat(form.select("#actionOwner-0 option").first().val()).isEmpty();
        assertThat(form.select("input[name=actionOwnerText]").first().val()).isEqualTo("Työnohjaaja Virtanen");
        assertThat(form.select("#actionOwner-1 option").first().text()).isEqualTo("Valitse tiimin jäsen");

        mvc.perform(users.as(coach, post("/meetings/team")).param("key", form.select("input[name=key]").val())
                        .param("id", meeting.toString()).param("version", form.select("input[name=version]").val())
                        .param("team", team.id().toString()).param("kind", "TEAM_WEEKLY").param("heldOn", team.day(0))
                        .param("startsAt", "8.00").param("endsAt", "9.00").param("decisions", "Tarkistettu")
                        .param("action", "Vanha toimenpide").param("actionOwner", "")
                        .param("actionOwnerText", "Työnohjaaja Virtanen")
                        .param("actionDueOn", team.today().plusDays(1).format(DAY)))
                .andExpect(redirectedUrl("/meetings/team?saved&team=" + team.id()));
        assertThat(jdbc.sql("select owner || ' ' || (owner_staff_id is null) from team_meeting_action where meeting_id = ?")
                .param(meeting).query(String.class).list()).containsExactly("Työnohjaaja Virtanen true");
        assertThat(tasks(coach, "Vanha toimenpide")).as("a free-text owner names nobody's week").isEmpty();
    }
}
