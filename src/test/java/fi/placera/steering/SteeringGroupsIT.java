package fi.placera.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.steering.SteeringGroups.Group;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Steering groups (issue 27 §2, decision 0084): the area's managers and team leaders keep a group with its members,
 * cadence, meetings, decisions and actions; an open action comes back on every agenda until done; the agenda holds
 * the area's figures as shown outside a team and never a client; nobody else, and no other area, finds a group.
 */
@PlaceraIT
class SteeringGroupsIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");
    /** How an English page shows a day. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final String MALFORMED = "not-an-id";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired SteeringGroups groups;
    @Autowired TableChecksum checksum;
    @Autowired JdbcClient jdbc;

    private TestTeams.Team team;
    private String leader;
    private UUID group;

    /** A team of the demo area with a leader, and its steering group made by the area's manager. */
    @BeforeEach
    void aTeamWithItsSteeringGroup() throws Exception {
        team = teams.create("Ohjattava tiimi");
        leader = team.member("Ohjaaja", "TEAM_LEADER", "1");
        mvc.perform(as("manager", post("/steering")).param("name", "Ohjausryhmä " + team.code())
                .param("team", team.id().toString()).param("cadenceMonths", "3"))
                .andExpect(status().is3xxRedirection());
        group = groups.ofArea(DemoUsers.DEMO_AREA).stream().filter(g -> team.id().equals(g.ipsTeamId()))
                .map(Group::id).findFirst().orElseThrow();
    }

    @Test
    void membersCadenceMeetingsDecisionsAndActionsAreKeptAndShownAndTheCadenceChanged() throws Exception {
        send("manager", "/members", "staffMemberId", team.staffMemberOf(leader).toString());
        send("manager", "/members", "name", "Liisa Lindqvist", "organisation", "Työllisyyspalvelut",
                "role", "Palvelupäällikkö");
        UUID outside = groups.members(group).stream().filter(SteeringGroups.Member::outside).findFirst().orElseThrow().id();
        send(leader, "/meetings", "heldOn", day(-40), "notes", "Kävimme luvut läpi.", "decisions",
                "Lisätään työterveyshuolto ryhmään.");
        UUID first = groups.meetings(group).get(0).id();
        send(leader, "/meetings/" + first + "/actions", "action", "Kutsu työterveyshuolto", "ownerMemberId",
                outside.toString(), "dueOn", day(10));

        Document page = page("manager");
        assertThat(page.getElementById("members").text()).contains("Testi Ohjaaja", "Liisa Lindqvist, Työllisyyspalvelut,"
                + " Palvelupäällikkö");
        assertThat(page.getElementById("next-meeting").text())
                .isEqualTo("Meets every 3 months; the next meeting by " + team.today().minusDays(40).plusMonths(3).format(SHOWN) + ".");
        assertThat(page.getElementById("meeting-" + first).text()).contains("Kävimme luvut läpi.",
                "Decisions: Lisätään työterveyshuolto ryhmään.", "Kutsu työterveyshuolto – Liisa Lindqvist, due "
                        + team.today().plusDays(10).format(SHOWN));
        assertThat(page.getElementById("open-actions").text()).contains("Kutsu työterveyshuolto");
        assertThat(groups.find(group).orElseThrow().cadenceMonths()).isEqualTo(3);
        send(leader, "", "groupName", "Tiimin ohjausryhmä", "cadenceMonths", "2");
        assertThat(groups.find(group).orElseThrow()).extracting(Group::name, Group::cadenceMonths)
                .containsExactly("Tiimin ohjausryhmä", 2);
        assertThat(refused(leader, "", "groupName", "Uusi nimi", "cadenceMonths", "24"))
                .contains("Give a number of months from 1 to 12.");
        assertThat(refused(leader, "", "groupName", " ", "cadenceMonths", "2")).contains("field--error");
        assertThat(groups.find(group).orElseThrow().cadenceMonths()).isEqualTo(2);
    }

    /** Two actions agreed (one form sent twice by a double click), one done: the other stays on the agenda. */
    @Test
    void anOpenActionComesBackOnTheNextAgendaUntilDoneAndADoneOneDoesNot() throws Exception {
        send("manager", "/members", "name", "Kaisa Kela", "organisation", "Kela", "role", "");
        UUID owner = groups.members(group).get(0).id();
        send("manager", "/meetings", "heldOn", day(-60));
        UUID first = groups.meetings(group).get(0).id();
        String key = UUID.randomUUID().toString();
        for (int sent = 0; sent < 2; sent++) {
            send("manager", "/meetings/" + first + "/actions", "key", key, "action", "Selvitä odotusaika",
                    "ownerMemberId", owner.toString(), "dueOn", day(-30));
        }
        send("manager", "/meetings/" + first + "/actions", "action", "Kerää palaute", "ownerMemberId",
                owner.toString(), "dueOn", day(-30));
        send("manager", "/meetings", "heldOn", day(-1));

        assertThat(groups.openActions(group)).as("a form sent twice is kept once").hasSize(2);
        assertThat(page("manager").getElementById("open-actions").text()).contains("Selvitä odotusaika", "Kerää palaute");
        UUID done = groups.openActions(group).stream().filter(a -> a.action().equals("Kerää palaute")).findFirst()
                .orElseThrow().id();
        send(leader, "/actions/" + done + "/done");

        Document page = page(leader);
        assertThat(page.getElementById("open-actions").text()).contains("Selvitä odotusaika", "overdue")
                .doesNotContain("Kerää palaute");
        assertThat(page.getElementById("meeting-" + first).text())
                .contains("Kerää palaute – Kaisa Kela, due " + team.today().minusDays(30).format(SHOWN) + " (agreed "
                        + team.today().minusDays(60).format(SHOWN) + ") – done " + team.today().format(SHOWN));
        String before = checksum.of("steering_action");
        assertThat(refused(leader, "/actions/" + done + "/done")).as("done once").contains("The action is already done.");
        assertThat(checksum.of("steering_action")).isEqualTo(before);
    }

    @Test
    void eachFormRefusesWhatItCannotKeepNextToTheFieldAndStoresNothing() throws Exception {
        String before = checksum.of("steering_group") + checksum.of("steering_member") + checksum.of("steering_meeting")
                + checksum.of("steering_action");
        assertThat(mvc.perform(as("manager", post("/steering")).param("name", "Toinen ryhmä")
                .param("team", team.id().toString()).param("cadenceMonths", "3")).andReturn().getResponse()
                .getContentAsString()).as("one group a team").contains("It already has a steering group.");
        TestTeams.Team far = teams.create("Kaukainen tiimi", DemoUsers.OTHER_AREA);
        assertThat(mvc.perform(as("manager", post("/steering")).param("name", "Kaukainen")
                .param("team", far.id().toString()).param("cadenceMonths", "3")).andReturn().getResponse()
                .getContentAsString()).contains("Choose one of the area&#39;s teams.");
        for (String months : new String[] {"0", "13", "kolme"}) {
            assertThat(mvc.perform(as("manager", post("/steering")).param("name", "Ryhmä").param("team", "")
                    .param("cadenceMonths", months)).andReturn().getResponse().getContentAsString())
                    .as(months).contains("Give a number of months from 1 to 12.");
        }
        assertThat(refused("manager", "/members", "staffMemberId", team.staffMemberOf(users.newTeamLeaderOfAnotherArea()).toString()))
                .contains("Choose one of the area&#39;s managers or team leaders.");
        assertThat(refused("manager", "/members", "staffMemberId", team.staffMemberOf(team.member("Valmentaja", "COACH",
                "1")).toString())).as("a coach is not one of the area's managers or team leaders")
                .contains("Choose one of the area&#39;s managers or team leaders.");
        assertThat(refused("manager", "/members", "name", "Nimi", "organisation", " ")).contains("field--error");
        assertThat(refused("manager", "/meetings", "heldOn", day(5))).contains("field--error");
        assertThat(refused("manager", "/meetings", "heldOn", "31.2.2026")).contains("field--error");
        assertThat(before).isEqualTo(checksum.of("steering_group") + checksum.of("steering_member")
                + checksum.of("steering_meeting") + checksum.of("steering_action"));

        send("manager", "/meetings", "heldOn", day(-3));
        UUID meeting = groups.meetings(group).get(0).id();
        assertThat(refused("manager", "/meetings", "heldOn", day(-3)))
                .contains("The group already has a meeting on that day.");
        send("manager", "/members", "name", "Olli Omainen", "organisation", "Asiakkaiden edustaja");
        String owner = groups.members(group).get(0).id().toString();
        assertThat(refused("manager", "/meetings/" + meeting + "/actions", "action", "Tee", "ownerMemberId",
                UUID.randomUUID().toString(), "dueOn", day(1))).contains("Choose the owner among the members.");
        assertThat(refused("manager", "/meetings/" + meeting + "/actions", "action", "Tee", "ownerMemberId", owner,
                "dueOn", day(-10))).contains("The due day cannot be before the meeting.");
        assertThat(groups.openActions(group)).isEmpty();
    }

    @Test
    void malformedAndUnknownIdsAreNotFound() throws Exception {
        String base = "/steering/groups/" + group;
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/steering/groups/" + MALFORMED), get("/steering/groups/" + UUID.randomUUID()),
                post("/steering/groups/" + MALFORMED + "/meetings").param("heldOn", day(-1)),
                post(base + "/meetings/" + MALFORMED + "/actions"), post(base + "/actions/" + MALFORMED + "/done")}) {
            mvc.perform(request.with(users.as("manager")).with(csrf()).locale(Locale.ENGLISH))
                    .andExpect(status().isNotFound());
        }
        assertThat(refused("manager", "/meetings/" + UUID.randomUUID() + "/actions", "action", "Tee", "dueOn", day(1)))
                .contains("No such meeting of the group.");
        assertThat(refused("manager", "/actions/" + UUID.randomUUID() + "/done")).contains("The action is already done.");
    }

    /**
     * Another area's manager finds no group of this area (404) and their list does not name it; a coach, an evaluator,
     * a care-team member and a coach reading a client through emergency access are refused every page (403).
     */
    @Test
    void onlyTheAreasManagersAndTeamLeadersFindTheGroup() throws Exception {
        String farManager = users.newManagerOfAnotherArea();
        String before = checksum.of("steering_meeting");
        mvc.perform(as(farManager, get("/steering/groups/" + group))).andExpect(status().isNotFound());
        mvc.perform(as(farManager, post("/steering/groups/" + group + "/meetings")).param("heldOn", day(-1)))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(as(farManager, get("/steering"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).doesNotContain(team.code());
        String emergencyReader = users.newCoachOfAnotherTeam();
        String coach = team.member("Omavalmentaja", "COACH", "1");
        UUID client = team.client(coach, "Hätätapaus");
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(10), "howAgreed", "PAPER_SIGNATURE");
        mvc.perform(as(emergencyReader, post("/clients/" + client + "/emergency"))
                .param("reason", "Client called in crisis; own coach unreachable")).andExpect(status().is3xxRedirection());
        for (String user : new String[] {"coach1", "evaluator", "careteam", "admin", emergencyReader}) {
            mvc.perform(as(user, get("/steering/groups/" + group))).andExpect(status().isForbidden());
            mvc.perform(as(user, get("/steering"))).andExpect(status().isForbidden());
            mvc.perform(as(user, post("/steering/groups/" + group + "/meetings")).param("heldOn", day(-1)))
                    .andExpect(status().isForbidden());
        }
        assertThat(checksum.of("steering_meeting")).isEqualTo(before);
        mvc.perform(as("teamleader", get("/steering/groups/" + group))).andExpect(status().isOk());
    }

    /** The agenda's figures are the team's as shown outside it: no client's name, a count under five hidden. */
    @Test
    void theAgendaHoldsOnlyTheTeamsFiguresWithSmallCountsHidden() throws Exception {
        String coach = team.member("Asiakkaanvalmentaja", "COACH", "1");
        UUID client = team.client(coach, "Salainen");
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(100), "howAgreed", "PAPER_SIGNATURE");

        Document page = page("manager");
        assertThat(page.getElementById("agenda-figures").select("tbody tr")).hasSize(1);
        assertThat(page.getElementById("agenda-figures").text()).contains("Ohjattava tiimi", "<5");
        assertThat(page.text()).doesNotContain("Salainen", client.toString());
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(users.as(user)).with(csrf()).locale(Locale.ENGLISH);
    }

    private String day(int daysFromToday) {
        return team.today().plusDays(daysFromToday).format(DAY);
    }

    private Document page(String user) throws Exception {
        return Jsoup.parse(mvc.perform(as(user, get("/steering/groups/" + group))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** Posts a form of the group that is kept: the page comes back with the saved form. */
    private void send(String user, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = as(user, post("/steering/groups/" + group + path));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** Posts a form of the group that is refused: the page again, with what it says. */
    private String refused(String user, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = as(user, post("/steering/groups/" + group + path));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
