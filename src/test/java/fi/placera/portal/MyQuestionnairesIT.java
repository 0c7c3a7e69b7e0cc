package fi.placera.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The client's questionnaires due on /me: the open and overdue follow-ups the client answers themselves (not the
 * coach's forms), opened on the one-time answer page; the same session continues the same response, an answered one
 * leaves the list, and one that is not due (or a staff member) gets nothing.
 */
@PlaceraIT
class MyQuestionnairesIT {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private String clientWithAccount(String coach, LocalDate agreedOn) throws Exception {
        Given.NewClient registered = given.client(coach).named("Kaisa", "Kysely").speaking("sv");
        UUID client = (agreedOn == null ? registered
                : registered.agreedOn(agreedOn.format(DateTimeFormatter.ofPattern("d.M.yyyy")), "PAPER_SIGNATURE")).create();
        String invited = mvc.perform(post("/clients/" + client + "/portal-invite").with(users.as(coach)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Matcher link = LINK.matcher(invited);
        assertThat(link.find()).isTrue();
        String username = "kaisa." + client.toString().substring(0, 8);
        mvc.perform(post("/invite/" + link.group(1)).with(csrf()).param("username", username)
                .param("passphrase", "kolme keltaista kissaa").param("repeated", "kolme keltaista kissaa"));
        return username;
    }

    @Test
    void theClientSeesTheirDueQuestionnairesOpensOneAndItLeavesTheListWhenAnswered() throws Exception {
        String coach = users.newCoach();
        // three days past the baseline's day, two weeks after the agreement (decision 0062)
        String me = clientWithAccount(coach, LocalDate.now(clock)
                .minusDays(fi.placera.platform.IpsModel.FIRST_QUESTIONNAIRES_DAYS_AFTER_ENROLMENT + 3));
        MockHttpSession session = new MockHttpSession();

        Document overview = page(get("/me").with(users.as(me)).session(session).locale(Locale.forLanguageTag("sv")));
        var due = overview.select("#questionnaires li");
        assertThat(due.select("input[name=instrument]").eachAttr("value"))
                .containsExactlyInAnyOrder("WHO-5", "PHQ-9", "GAD-7", "MHI-5", "WHODAS-12");
        assertThat(due.text()).contains("WHO-5").contains("försenad").doesNotContain("BACKGROUND");

        var opened = mvc.perform(post("/me/questionnaires").with(users.as(me)).with(csrf()).session(session)
                        .locale(Locale.forLanguageTag("sv")).param("timepoint", "BASELINE").param("instrument", "WHO-5"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        String first = opened.getRedirectedUrl();
        assertThat(first).matches("/q/[A-Za-z0-9_-]{43}");
        // the session (Spring Session, by its cookie) keeps the link
        String again = mvc.perform(post("/me/questionnaires").with(users.as(me)).with(csrf()).session(session)
                        .cookie(opened.getCookies()).param("timepoint", "BASELINE").param("instrument", "WHO-5"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(again).as("the same session continues the same response").isEqualTo(first);

        Document form = page(get(first));
        assertThat(form.select("html").attr("lang")).isEqualTo("sv");
        Document thanks = page(post(first).with(csrf()).param("item-1", "3").param("item-2", "4")
                .param("item-3", "2").param("item-4", "5").param("item-5", "1").param("submit", "true"));
        assertThat(thanks.getElementById("thanks")).isNotNull();

        Document after = page(get("/me").with(users.as(me)).session(session).locale(Locale.forLanguageTag("sv")));
        assertThat(after.select("#questionnaires input[name=instrument]").eachAttr("value"))
                .containsExactlyInAnyOrder("PHQ-9", "GAD-7", "MHI-5", "WHODAS-12");
        UUID client = jdbc.sql("select client_id from client_account a join user_account u on u.id = a.account_id "
                + "where u.username = ?").param(me).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from evaluation_response where client_id = ? and state = 'SUBMITTED' "
                + "and timepoint = 'BASELINE' and answered_by = 'LINK'").param(client).query(Integer.class).single())
                .isEqualTo(1);

        // answered, the coach's own form, a made-up timepoint: nothing to open
        for (String[] notDue : new String[][] {{"BASELINE", "WHO-5"}, {"BASELINE", "BACKGROUND"}, {"MONTHS_6", "PHQ-9"},
                {"X' or 1=1", "WHO-5"}}) {
            mvc.perform(post("/me/questionnaires").with(users.as(me)).with(csrf()).session(session)
                    .param("timepoint", notDue[0]).param("instrument", notDue[1])).andExpect(status().isNotFound());
        }
        mvc.perform(post("/me/questionnaires").with(users.as(coach)).with(csrf())
                .param("timepoint", "BASELINE").param("instrument", "PHQ-9")).andExpect(status().isForbidden());
    }

    @Test
    void aClientNotYetEnrolledHasNothingToAnswer() throws Exception {
        String me = clientWithAccount(users.newCoach(), null);
        Document overview = page(get("/me").with(users.as(me)).locale(Locale.forLanguageTag("fi")));
        assertThat(overview.select("#questionnaires")).isEmpty();
        assertThat(overview.text()).as("in the client's own language").contains("Det finns inget att besvara nu.");
    }
}
