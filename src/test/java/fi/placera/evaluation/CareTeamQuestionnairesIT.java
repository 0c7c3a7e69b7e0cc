package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A care-team questionnaire sent to a care-team member in Placera (issue 27 §1, decision 0083): it reaches them alone,
 * in their workspace, where they open it; a member of a care team the team does not work with, another questionnaire
 * kind or a malformed choice is refused on the send form.
 */
@PlaceraIT
class CareTeamQuestionnairesIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final String CARETEAM_STAFF = "6a1f0000-0000-4000-8000-000000000205";
    private static final String COACH1_STAFF = "6a1f0000-0000-4000-8000-000000000202";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.locale(FINNISH)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private MockHttpServletRequestBuilder send(String instrument, String respondentStaff, String key) {
        return users.as("teamleader", post("/evaluation/questionnaires")).param("team", "POH-IPS1").param("key", key)
                .param("instrument", instrument).param("respondentName", "").param("respondentStaff", respondentStaff)
                .param("periodFrom", "1.1.2026").param("periodTo", "30.6.2026").param("language", "fi");
    }

    @Test
    void theQuestionnaireReachesTheMemberInTheirWorkspaceAndNobodyElse() throws Exception {
        String key = UUID.randomUUID().toString();
        Document offered = page(users.as("teamleader", get("/evaluation").param("team", "POH-IPS1")));
        assertThat(offered.select("#respondentStaff option").eachAttr("value")).contains(CARETEAM_STAFF)
                .doesNotContain(COACH1_STAFF);
        page(send("CARE_TEAM_FEEDBACK", CARETEAM_STAFF, key));
        UUID response = jdbc.sql("select id from evaluation_response where idempotency_key = ?::uuid").param(key)
                .query(UUID.class).single();
        assertThat(jdbc.sql("select respondent_name from evaluation_response where id = ?").param(response)
                .query(String.class).single()).as("named after the member").isEqualTo("Eeva Lindqvist");

        Document list = page(users.as("careteam", get("/care-team/questionnaires")));
        assertThat(list.select("form[action='/care-team/questionnaires/" + response + "/open']")).hasSize(1);
        String opened = mvc.perform(users.as("careteam", post("/care-team/questionnaires/" + response + "/open")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(opened).startsWith("/q/");
        mvc.perform(get(opened)).andExpect(status().isOk());
        mvc.perform(post(opened).with(csrf()).param("item-meetings", "4").param("item-shared_goals", "5")
                .param("item-referring", "5").param("confirmMissing", "true").param("submit", "true"))
                .andExpect(status().isOk());
        assertThat(page(users.as("careteam", get("/care-team/questionnaires"))).text()).contains("Vastattu");
        mvc.perform(users.as("careteam", post("/care-team/questionnaires/" + response + "/open")))
                .andExpect(status().isNotFound());

        String other = users.newCareTeamMemberOf("6a1f0000-0000-4000-8000-000000000102");
        assertThat(page(users.as(other, get("/care-team/questionnaires"))).select("tbody tr")).isEmpty();
        mvc.perform(users.as(other, post("/care-team/questionnaires/" + response + "/open")))
                .andExpect(status().isNotFound());
        for (String staff : List.of("coach1", "teamleader", "manager", "evaluator")) {
            mvc.perform(users.as(staff, get("/care-team/questionnaires"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void onlyACareTeamQuestionnaireToAMemberOfALinkedCareTeamIsSent() throws Exception {
        for (String[] refused : new String[][] {{"CARE_TEAM_FEEDBACK", COACH1_STAFF, "respondentStaff-error"},
                {"CARE_TEAM_FEEDBACK", "not-a-uuid", "respondentStaff-error"},
                {"CARE_TEAM_FEEDBACK", UUID.randomUUID().toString(), "respondentStaff-error"},
                {"EMPLOYER_FEEDBACK", CARETEAM_STAFF, "instrument-error"}}) {
            String key = UUID.randomUUID().toString();
            Document page = page(send(refused[0], refused[1], key));
            assertThat(page.getElementById(refused[2])).as(String.join(" ", refused)).isNotNull();
            assertThat(jdbc.sql("select count(*) from evaluation_response where idempotency_key = ?::uuid").param(key)
                    .query(Integer.class).single()).isZero();
        }
        String unlinked = users.newCareTeamMemberOf(newCareTeam());
        String staff = jdbc.sql("select staff_member_id::text from user_account where username = ?").param(unlinked)
                .query(String.class).single();
        assertThat(page(send("CARE_TEAM_FEEDBACK", staff, UUID.randomUUID().toString()))
                .getElementById("respondentStaff-error")).as("a care team no coach of the team attends").isNotNull();
    }

    private String newCareTeam() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(users.as("admin", post("/admin/care-teams")).param("id", id.toString()).param("areaId", "17")
                .param("code", "CQ-" + id.toString().substring(0, 8).toUpperCase()).param("name", "Irrallinen tiimi"))
                .andExpect(status().is3xxRedirection());
        return id.toString();
    }
}
