package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.placera.evaluation.FollowUps.FollowUp;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The team leader edits the follow-up schedule in its page: bad input comes back next to the field with the text
 * kept; a change applies to follow-ups not yet open while those already open keep their timepoint; a custom
 * timepoint is named in the client's page; a removal made twice says the schedule changed meanwhile.
 */
@PlaceraIT
class FollowUpScheduleIT {


    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired FollowUps followUps;

    private TestTeams.Team team;
    private String coach;
    private String leader;

    @BeforeEach
    void team() {
        team = teams.create("Aikataulu");
        coach = team.member("Valmentaja", "COACH", "1.0");
        leader = team.member("Vetäjä", "TEAM_LEADER", "0.5");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private UUID enrolled(String name, int daysAgo) throws Exception {
        UUID client = team.client(coach, name);
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(daysAgo), "howAgreed",
                "STRONG_IDENTIFICATION");
        return client;
    }

    private List<FollowUp> at(UUID client, String timepoint) {
        return followUps.of(client).stream().filter(f -> f.timepoint().equals(timepoint)).toList();
    }

    private String idOf(Document schedule, String code) {
        String href = schedule.getElementById("edit-" + code).attr("href");
        return href.substring(href.indexOf("edit=") + 5);
    }

    @Test
    void aChangeAppliesToFollowUpsNotYetOpenAndOpenOnesKeepTheirTimepoint() throws Exception {
        UUID open = enrolled("Avoin", 175);      // + 6 months is about a week ahead: already open
        UUID later = enrolled("Myöhempi", 100);  // + 6 months is about 80 days ahead: not open yet
        UUID fresh = enrolled("Uusi", 0);
        LocalDate openDue = team.today().minusDays(175).plusMonths(6);
        assertThat(at(open, "MONTHS_6")).extracting(FollowUp::status).containsOnly(FollowUps.Status.OPEN);

        Document schedule = page(users.as(leader, get("/evaluation/schedule").param("team", team.code())));
        assertThat(schedule.select("#timepoints tbody th").eachText()).containsExactly("Lähtötilanne (aloitus)",
                "Välimittaus", "Loppumittaus", "6 kuukautta aloituksesta", "12 kuukautta aloituksesta");
        String months6 = idOf(schedule, "MONTHS_6");
        Document editing = page(users.as(leader, get("/evaluation/schedule").param("team", team.code()).param("edit", months6)));
        assertThat(editing.getElementById("label-sv").attr("value")).isEqualTo("6 månader efter inskrivningen");
        assertThat(editing.getElementById("months").attr("value")).isEqualTo("6");

        // bad input: every message next to its field, everything typed kept, nothing saved
        Document refused = page(users.as(leader, post("/evaluation/schedule")).param("team", team.code())
                .param("replaces", months6).param("label-fi", "9 kk palveluun tulosta").param("label-sv", " ")
                .param("label-en", "9 months").param("anchor", "ENROLMENT").param("months", "yhdeksän")
                .param("windowDays", "45"));
        assertThat(refused.getElementById("label-sv-error").text()).isNotBlank();
        assertThat(refused.getElementById("months-error").text()).isEqualTo("Anna kokonaisluku, esimerkiksi 6.");
        assertThat(refused.getElementById("months").attr("value")).isEqualTo("yhdeksän");
        assertThat(refused.getElementById("label-fi").attr("value")).isEqualTo("9 kk palveluun tulosta");
        assertThat(refused.select("input[name=replaces]").val()).isEqualTo(months6);
        Document absurd = page(users.as(leader, post("/evaluation/schedule")).param("team", team.code())
                .param("replaces", months6).param("label-fi", "9 kk").param("label-sv", "9 mån")
                .param("label-en", "9 months").param("anchor", "ENROLMENT").param("months", "1200")
                .param("windowDays", "45").param("instruments", "WHO-5"));
        assertThat(absurd.getElementById("months-error").text()).isEqualTo("Anna kuukaudet kokonaislukuna väliltä 0–120.");
        Document noQuestionnaire = page(users.as(leader, post("/evaluation/schedule")).param("team", team.code())
                .param("replaces", months6).param("label-fi", "9 kk").param("label-sv", "9 mån")
                .param("label-en", "9 months").param("anchor", "ENROLMENT").param("months", "9")
                .param("windowDays", "0"));
        assertThat(noQuestionnaire.getElementById("windowDays-error").text())
                .isEqualTo("Anna vastausaika kokonaisina päivinä väliltä 1–365.");
        Document notAClientForm = page(users.as(leader, post("/evaluation/schedule")).param("team", team.code())
                .param("replaces", months6).param("label-fi", "9 kk").param("label-sv", "9 mån")
                .param("label-en", "9 months").param("anchor", "ENROLMENT").param("months", "9")
                .param("windowDays", "45").param("instruments", "EMPLOYER_FEEDBACK"));
        assertThat(notAClientForm.getElementById("instruments-error").text())
                .isEqualTo("Valitse vähintään yksi asiakasta koskeva kysely.");
        Document programmeMonths = page(users.as(leader, post("/evaluation/schedule")).param("team", team.code())
                .param("label-fi", "Väli").param("label-sv", "Mellan").param("label-en", "Mid")
                .param("anchor", "PROGRAMME_MID").param("months", "3").param("windowDays", "30")
                .param("instruments", "WHO-5"));
        assertThat(programmeMonths.getElementById("months-error").text()).startsWith("Kuukaudet annetaan vain");
        assertThat(followUps.historyOf(team.id())).extracting(FollowUps.Timepoint::validTo).containsOnlyNulls();
        assertThat(mvc.perform(users.as(coach, post("/evaluation/schedule")).param("team", team.code())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);

        // the change: 6 months -> 9 months, WHO-5 only, a 45-day window
        String saved = mvc.perform(users.as(leader, post("/evaluation/schedule")).param("team", team.code())
                .param("replaces", months6).param("label-fi", "9 kk palveluun tulosta")
                .param("label-sv", "9 månader efter inskrivningen").param("label-en", "9 months after enrolment")
                .param("anchor", "ENROLMENT").param("months", "9").param("windowDays", "45")
                .param("instruments", "WHO-5")).andReturn().getResponse().getRedirectedUrl();
        assertThat(saved).isEqualTo("/evaluation/schedule?team=" + team.code() + "&saved");
        assertThat(at(open, "MONTHS_6")).extracting(FollowUp::dueOn).containsOnly(openDue);
        assertThat(at(open, "MONTHS_6")).extracting(FollowUp::instrumentCode)
                .containsExactly("WHO-5", "PHQ-9", "GAD-7", "MHI-5", "WHODAS-12");
        assertThat(at(later, "MONTHS_6")).extracting(FollowUp::instrumentCode).containsExactly("WHO-5");
        assertThat(at(later, "MONTHS_6")).extracting(FollowUp::dueOn)
                .containsExactly(team.today().minusDays(100).plusMonths(9));
        assertThat(at(later, "MONTHS_6")).extracting(FollowUp::closesOn)
                .containsExactly(team.today().minusDays(100).plusMonths(9).plusDays(45));
        Document changed = page(users.as(coach, get("/evaluation/schedule").param("team", team.code())));
        assertThat(changed.getElementById("timepoint-MONTHS_6").text())
                .contains("9 kk palveluun tulosta", "9 kk aloituksesta", "45 päivää eräpäivän jälkeen", "WHO-5");
        assertThat(changed.select("#timepoint-form")).isEmpty();
        assertThat(changed.getElementById("timepoint-MONTHS_12").text()).contains("12 kuukautta aloituksesta", "12 kk aloituksesta");

        // a timepoint of its own at 3 months: for clients whose follow-up opens after today
        assertThat(mvc.perform(users.as(leader, post("/evaluation/schedule")).param("team", team.code())
                .param("label-fi", "Kolme kuukautta").param("label-sv", "Tre månader").param("label-en", "Three months")
                .param("anchor", "ENROLMENT").param("months", "3").param("windowDays", "30").param("instruments", "WHO-5")
                .param("instruments", "GAD-7")).andReturn().getResponse().getRedirectedUrl()).endsWith("&saved");
        Document withOwn = page(users.as(leader, get("/evaluation/schedule").param("team", team.code())));
        String custom = withOwn.select("#timepoints tbody tr").last().id().substring("timepoint-".length());
        assertThat(custom).startsWith("C_");
        assertThat(at(later, custom)).isEmpty();
        assertThat(at(fresh, custom)).extracting(FollowUp::instrumentCode).containsExactly("WHO-5", "GAD-7");
        Document clientPage = page(users.as(coach, get("/clients/" + fresh + "/evaluation")));
        assertThat(clientPage.select("#followups tbody td").eachText()).contains("Kolme kuukautta");
        Document inSwedish = Jsoup.parse(mvc.perform(users.as(coach, get("/clients/" + fresh + "/evaluation"))
                .locale(Locale.forLanguageTag("sv"))).andReturn().getResponse().getContentAsString());
        assertThat(inSwedish.select("#followups tbody td").eachText()).contains("Tre månader");

        // removal: the timepoint leaves the schedule; the same removal again is refused as a change made meanwhile
        String customId = idOf(withOwn, custom);
        assertThat(mvc.perform(users.as(leader, post("/evaluation/schedule/remove")).param("team", team.code())
                .param("id", customId)).andReturn().getResponse().getRedirectedUrl()).endsWith("&removed");
        assertThat(followUps.scheduleOf(team.id())).extracting(FollowUps.Timepoint::code).doesNotContain(custom);
        assertThat(at(fresh, custom)).isEmpty();
        Document again = page(users.as(leader, post("/evaluation/schedule/remove")).param("team", team.code())
                .param("id", customId));
        assertThat(again.select(".alert--error").text()).startsWith("Joku muutti aikataulua samaan aikaan");
        // a stale page still showing the default row cannot change the team's schedule either
        Document stale = page(users.as(leader, post("/evaluation/schedule")).param("team", team.code())
                .param("replaces", months6).param("label-fi", "x").param("label-sv", "x").param("label-en", "x")
                .param("anchor", "ENROLMENT").param("months", "2").param("windowDays", "30").param("instruments", "WHO-5"));
        assertThat(stale.select(".alert--error").text()).startsWith("Joku muutti aikataulua samaan aikaan");
        assertThat(stale.getElementById("label-fi").attr("value")).isEqualTo("x");
    }

    @Test
    void outsideTheTeamTheScheduleIsNotFound() throws Exception {
        assertThat(mvc.perform(users.as("manager", get("/evaluation/schedule").param("team", team.code()))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        TestTeams.Team other = teams.create("Toinen aikataulu");
        String otherLeader = other.member("Muu", "TEAM_LEADER", "1.0");
        assertThat(mvc.perform(users.as(otherLeader, post("/evaluation/schedule")).param("team", team.code())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(followUps.historyOf(team.id())).extracting(FollowUps.Timepoint::id).doesNotContainNull()
                .allSatisfy(id -> assertThat(id).isNotNull());
    }
}
