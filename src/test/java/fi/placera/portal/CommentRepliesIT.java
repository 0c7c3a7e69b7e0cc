package fi.placera.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 28 §8, decision 0066: the coach replies from the plan part of the record to the client's comment on their
 * plan; the client reads the reply under their comment on their own pages. Only the client's own IPS team replies,
 * and only to this client's comments; a refused reply stores nothing.
 */
@PlaceraIT
class CommentRepliesIT {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");
    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private String coach;
    private UUID client;
    private String me;
    private UUID comment;

    /** A client of a new coach with a plan, a care-team consent to the plan, an account and one comment on the plan. */
    @BeforeEach
    void aClientWhoCommentedOnTheirPlan() throws Exception {
        coach = users.newCoach();
        client = given.client(coach).named("Ronja", "Vastaus").speaking("sv").agreedOn("2.1.2026")
                .plan("Työ kirjastossa", "Hakemukset").consentToTheCareTeam("IDENTITY", "ACTION_PLAN").create();
        me = accept(invite(client), "ronja." + client.toString().substring(0, 8));
        mvc.perform(post("/me/comments").with(users.as(me)).with(csrf()).param("comment", "Voisinko tehdä iltaisin?"))
                .andExpect(status().is3xxRedirection());
        comment = jdbc.sql("select id from client_comment where client_id = ?").param(client).query(UUID.class).single();
    }

    @Test
    void theCoachsReplyAppearsUnderTheCommentOnTheClientsOwnPageAsTyped() throws Exception {
        long lastLogRow = lastLogRow();
        Document plan = planPart(coach);
        assertThat(plan.select("#plan-comments .plan-comment").text()).contains("Voisinko tehdä iltaisin?");
        assertThat(plan.select("#plan-comments form[action$=/plan/comments/" + comment + "/replies]")).hasSize(1);
        assertThat(jdbc.sql("select purpose || ':' || data_kind from access_log where client_id = ? and id > ?")
                .params(client, lastLogRow).query(String.class).list())
                .as("the plan part with the comments is one logged read").containsExactly("client record plan:IDENTITY,ACTION_PLAN");

        String typed = "Kyllä, kysyn kahvilasta <b>iltavuoroja</b> – palataan asiaan torstaina.";
        mvc.perform(reply(coach, comment, typed)).andExpect(redirectedUrl("/clients/" + client + "/plan"));
        assertThat(jdbc.sql("""
                        select r.reply || '|' || r.area_id from client_comment_reply r where r.comment_id = ?""")
                .param(comment).query(String.class).single()).isEqualTo(typed + "|17");
        assertThat(planPart(coach).select("#plan-comments .comment-replies").text()).contains("Tiimin vastaus")
                .contains(typed);

        // the client reads it in their language (Swedish), the reply as typed, escaped
        String page = mvc.perform(get("/me").with(users.as(me))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Document mine = Jsoup.parse(page);
        assertThat(mine.selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(mine.select("#comments .comment-replies").text()).startsWith("Din arbetscoach svarade").contains(typed);
        assertThat(page).doesNotContain("<b>iltavuoroja</b>");

        // the coach's reads show in the client's "who read my data" where every other read shows
        int rowsInLog = jdbc.sql("select count(*) from access_log where client_id = ?").param(client)
                .query(Integer.class).single();
        Document log = Jsoup.parse(mvc.perform(get("/me/access-log").with(users.as(me)).locale(FINNISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(log.select("#access-log tbody tr").stream().mapToInt(row -> Integer.parseInt(row.attr("data-rows")))
                .sum()).isEqualTo(rowsInLog);
        assertThat(log.select("#access-log tbody tr").text()).contains("Toimintasuunnitelma");
    }

    @Test
    void anEmptyAnOverlongOrANulReplyIsRefusedNextToTheFieldWithTheTextKeptAndNothingStored() throws Exception {
        String before = checksum.of("client_comment_reply");
        String overlong = "Pitkä vastaus ".repeat(150);
        for (String refused : List.of("   ", overlong, "Kyllä\u0000")) {
            MvcResult result = mvc.perform(reply(coach, comment, refused)).andExpect(status().isOk()).andReturn();
            Document page = Jsoup.parse(result.getResponse().getContentAsString());
            assertThat(page.getElementById("reply-error")).as("a message next to the field").isNotNull();
            assertThat(page.getElementById("error-summary").text()).isNotBlank();
            assertThat(page.select("#error-summary a[href=#reply]")).hasSize(1);
            if (refused.equals(overlong)) {
                assertThat(page.getElementById("reply-error").text()).contains("liian pitkä");
                assertThat(page.getElementById("reply").text()).as("the text kept").isEqualTo(overlong.strip());
            }
        }
        assertThat(checksum.of("client_comment_reply")).isEqualTo(before);
    }

    @Test
    void anotherClientsCommentOrAMadeUpIdIsRefusedAlikeAndNothingStored() throws Exception {
        UUID other = given.client(coach).named("Toinen", "Asiakas").agreedOn("2.1.2026").plan("Toinen", "Askel").create();
        UUID othersComment = UUID.randomUUID();
        jdbc.sql("""
                        insert into client_comment (id, client_id, area_id, topic, comment, written_at, account_id)
                        select ?, ?, 17, 'ACTION_PLAN', 'Toisen kommentti', now(), id from user_account where username = ?""")
                .params(othersComment, other, me).update();
        String before = checksum.of("client_comment_reply");
        List<String> refusals = new java.util.ArrayList<>();
        for (String id : List.of(othersComment.toString(), UUID.randomUUID().toString(), "ei-tunniste")) {
            Document page = Jsoup.parse(mvc.perform(users.as(coach, FINNISH,
                            post("/clients/" + client + "/plan/comments/" + id + "/replies")).param("reply", "Vastaus"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            refusals.add(page.getElementById("error-summary").text());
            assertThat(page.text()).doesNotContain("Toisen kommentti");
        }
        assertThat(refusals).containsOnly(refusals.get(0));
        assertThat(refusals.get(0)).contains("Kommenttia ei löytynyt");
        assertThat(checksum.of("client_comment_reply")).isEqualTo(before);
    }

    @Test
    void anotherTeamTheCareTeamAndAnEmergencyReaderNeverReply() throws Exception {
        String stranger = users.newCoachOfAnotherTeam();
        String before = checksum.of("client_comment_reply");
        mvc.perform(reply(stranger, comment, "Vieras vastaus")).andExpect(status().isNotFound());

        Document careTeamsView = planPart("careteam");
        assertThat(careTeamsView.select("#plan-comments .plan-comment").text()).contains("Voisinko tehdä iltaisin?");
        assertThat(careTeamsView.select("#plan-comments form")).as("a reader gets no reply form").isEmpty();
        assertThat(mvc.perform(reply("careteam", comment, "Hoitotiimin vastaus")).andReturn().getResponse().getStatus())
                .isIn(403, 404);

        mvc.perform(post("/clients/" + client + "/emergency").with(users.as(stranger)).with(csrf())
                        .param("reason", "Client called in crisis; own coach unreachable").param("kinds", "ACTION_PLAN"))
                .andExpect(redirectedUrl("/clients/" + client));
        assertThat(planPart(stranger).select("#plan-comments form")).as("an emergency reader gets no form").isEmpty();
        mvc.perform(reply(stranger, comment, "Hätävastaus")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        select count(*) from access_log where client_id = ? and username = ? and outcome = 'DENIED'
                          and break_glass and action = 'CREATE'""").params(client, stranger).query(Integer.class).single())
                .as("the refused emergency write is logged as what was tried").isEqualTo(1);
        assertThat(checksum.of("client_comment_reply")).isEqualTo(before);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder reply(String user, UUID to,
            String text) {
        return users.as(user, FINNISH, post("/clients/" + client + "/plan/comments/" + to + "/replies"))
                .param("reply", text);
    }

    private Document planPart(String user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/clients/" + client + "/plan").with(users.as(user)).locale(FINNISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long lastLogRow() {
        return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
    }

    private String invite(UUID who) throws Exception {
        String page = mvc.perform(post("/clients/" + who + "/portal-invite").with(users.as(coach)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private String accept(String token, String username) throws Exception {
        mvc.perform(post("/invite/" + token).with(csrf()).param("username", username)
                .param("passphrase", "kolme vihreää omenaa").param("repeated", "kolme vihreää omenaa"))
                .andExpect(status().is3xxRedirection());
        return username;
    }
}
