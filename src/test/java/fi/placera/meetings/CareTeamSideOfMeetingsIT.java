package fi.placera.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The care team's side of its weekly meeting (issue 27 §1, decision 0083): a member sees their own care teams'
 * meetings, with the patients discussed only while each shares the service record with the care team (each a logged
 * read), and adds agenda items that the coaches attached to the care team see until the next meeting is held; nobody
 * else adds to it or sees it.
 */
@PlaceraIT
class CareTeamSideOfMeetingsIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final String CARE_MUSTASAARI = "6a1f0000-0000-4000-8000-000000000102";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired Clock clock;

    private String page(String user) throws Exception {
        return mvc.perform(users.as(user, FINNISH, get("/meetings/care-team"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private String careTeam() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(users.as("admin", FINNISH, post("/admin/care-teams")).param("id", id.toString())
                        .param("areaId", "17").param("code", "CT-" + id.toString().substring(0, 8).toUpperCase())
                        .param("name", "Hoitotiimi " + id.toString().substring(0, 8)))
                .andExpect(redirectedUrl("/admin/care-teams"));
        return id.toString();
    }

    @Test
    void aMemberAddsToTheAgendaTheAttachedCoachSeesItUntilTheNextMeeting() throws Exception {
        String careTeam = careTeam();
        String member = users.newCareTeamMemberOf(careTeam);
        String coach = users.newCoach();
        users.attachToCareTeam(coach, careTeam);
        assertThat(page(member)).contains("Asialistalla ei ole vielä mitään.");

        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(users.as(member, FINNISH, post("/meetings/care-team/agenda")).param("key", key)
                    .param("careTeamId", careTeam).param("text", "Kesätyöpaikat nuorille"))
                    .andExpect(redirectedUrl("/meetings/care-team"));
        }
        assertThat(page(member).split("Kesätyöpaikat nuorille", -1)).as("added once").hasSize(2);
        String coachsPage = mvc.perform(users.as(coach, FINNISH, get("/meetings"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(coachsPage).contains("Kesätyöpaikat nuorille");
        assertThat(page("careteam")).as("another care team's agenda").doesNotContain("Kesätyöpaikat nuorille");

        String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("d.M.uuuu"));
        mvc.perform(users.as(coach, FINNISH, post("/meetings")).param("key", UUID.randomUUID().toString())
                        .param("careTeamId", careTeam).param("heldOn", today).param("coachAttended", "true"))
                .andExpect(redirectedUrl("/meetings"));
        String after = page(member);
        assertThat(after).as("taken up in the meeting held").contains("Asialistalla ei ole vielä mitään.")
                .contains(today + ": Hoitotiimi", "Testi Valmentaja " + coach, "osallistui");
    }

    @Test
    void onlyOwnCareTeamsAndOnlyCareTeamMembersAddToTheAgenda() throws Exception {
        String member = users.newCareTeamMemberOf(CARE_MUSTASAARI);
        String before = checksum.of("care_team_agenda_item");
        for (String careTeam : List.of(Given.CARE_VAASA, "not-a-uuid", UUID.randomUUID().toString(), "")) {
            assertThat(mvc.perform(users.as(member, FINNISH, post("/meetings/care-team/agenda"))
                            .param("key", UUID.randomUUID().toString()).param("careTeamId", careTeam)
                            .param("text", "Vieras asia")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString()).contains("Valitse oma hoitotiimisi.", "Vieras asia");
        }
        mvc.perform(users.as(member, FINNISH, post("/meetings/care-team/agenda")).param("careTeamId", CARE_MUSTASAARI)
                .param("text", "  ")).andExpect(status().isOk());
        assertThat(checksum.of("care_team_agenda_item")).isEqualTo(before);
        for (String staff : List.of("coach1", "teamleader", "manager", "evaluator", "admin")) {
            mvc.perform(users.as(staff, get("/meetings/care-team"))).andExpect(status().isForbidden());
            mvc.perform(users.as(staff, post("/meetings/care-team/agenda")).param("careTeamId", CARE_MUSTASAARI)
                    .param("text", "x")).andExpect(status().isForbidden());
        }
        mvc.perform(users.as(member, get("/meetings")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDiscussedPatientIsShownOnlyWhileSharedAndEachReadIsLogged() throws Exception {
        String coach = users.newCoach();
        UUID client = given.client(coach).named("Kari", "Keskusteltu").agreedOn("2.1.2026", "PAPER_SIGNATURE")
                .consentToTheCareTeam("SERVICE_RECORD").create();
        mvc.perform(users.as(coach, FINNISH, post("/meetings")).param("key", UUID.randomUUID().toString())
                        .param("careTeamId", Given.CARE_VAASA).param("heldOn", "4.3.2026").param("coachAttended", "true")
                        .param("itemClientId", client.toString(), "", "").param("itemNote", "Haastattelu tiistaina", "", ""))
                .andExpect(redirectedUrl("/meetings"));

        assertThat(page("careteam")).contains("Kari Keskusteltu: Haastattelu tiistaina");
        assertThat(page(users.newCareTeamMemberOf(CARE_MUSTASAARI))).doesNotContain("Keskusteltu", "Haastattelu tiistaina");
        assertThat(jdbc.sql("""
                        select count(*) from access_log where client_id = ? and username = 'careteam'
                        and purpose = 'care-team meeting' and outcome = 'GRANTED'""").param(client)
                .query(Integer.class).single()).isEqualTo(1);

        String consent = jdbc.sql("select id::text from consent where client_id = ?").param(client)
                .query(String.class).single();
        mvc.perform(users.as(coach, post("/clients/" + client + "/consents/" + consent + "/withdraw")))
                .andExpect(redirectedUrl("/clients/" + client + "/consents"));
        assertThat(page("careteam")).doesNotContain("Keskusteltu", "Haastattelu tiistaina");
    }
}
