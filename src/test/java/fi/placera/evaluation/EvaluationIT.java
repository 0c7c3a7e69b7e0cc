package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.placera.evaluation.Questionnaires.NewResponse;
import fi.placera.platform.Rejection;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.MutableClock;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Evaluation through the pages: a coach makes a one-time link, the client answers it without logging in (partial
 * save, an answer outside the scale refused with the typed answers kept, submit, a second submit that duplicates
 * nothing, the used link revealing nothing), the coach sees the score; follow-ups on the week; versions.
 */
@PlaceraIT
class EvaluationIT {

    private static final fi.placera.platform.Administrator ADMIN = fi.placera.platform.Administrator.operator("evaluation-it");

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired Instruments instruments;
    @Autowired Questionnaires questionnaires;

    private TestTeams.Team team;
    private String coach;
    private UUID client;

    @BeforeEach
    void teamWithAnEnrolledClient() throws Exception {
        team = teams.create("Arviointi");
        coach = team.member("Valmentaja", "COACH", "1.0");
        client = team.client(coach, "Arvioitava");
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(200),
                "howAgreed", "STRONG_IDENTIFICATION");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", request).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** The coach makes a link to the questionnaire; returns the token shown once. */
    private String link(String instrument, String timepoint, String language) throws Exception {
        Document made = page(users.as(coach, post("/clients/" + client + "/evaluation")).param("key", UUID.randomUUID().toString())
                .param("instrument", instrument).param("timepoint", timepoint).param("mode", "LINK")
                .param("language", language));
        String url = made.getElementById("link-url").attr("value");
        assertThat(url).contains("/q/");
        return url.substring(url.indexOf("/q/") + 3);
    }

    @Test
    void theClientAnswersThroughTheLinkAndTheCoachSeesTheScore() throws Exception {
        String token = link("WHO-5", "BASELINE", "sv");
        assertThat(token).hasSize(43);
        assertThat(jdbc.sql("select count(*) from evaluation_link where token_hash = sha256(convert_to(:t, 'UTF8'))")
                .param("t", token).query(Integer.class).single()).isEqualTo(1);

        Document form = page(post("/q/" + token).with(csrf()).locale(Locale.ENGLISH)
                .param("item-1", "3").param("item-2", "4").param("submit", "false"));
        assertThat(form.select("html").attr("lang")).isEqualTo("sv");
        assertThat(form.text()).doesNotContain("Arvioitava").contains("Dina svar hittills sparades");
        assertThat(form.getElementById("item-1-3").hasAttr("checked")).isTrue();

        Document refused = page(post("/q/" + token).with(csrf()).param("item-1", "3").param("item-2", "4")
                .param("item-3", "9").param("submit", "true"));
        assertThat(refused.getElementById("item-3-error").text()).isEqualTo("Välj ett värde från 0 till 5.");
        assertThat(refused.getElementById("item-2-4").hasAttr("checked")).isTrue();

        Document thanks = page(post("/q/" + token).with(csrf()).param("item-1", "3").param("item-2", "4")
                .param("item-3", "2").param("item-4", "5").param("item-5", "1").param("submit", "true"));
        assertThat(thanks.getElementById("thanks")).isNotNull();
        Document again = page(post("/q/" + token).with(csrf()).param("item-1", "0").param("submit", "true"));
        assertThat(again.getElementById("thanks")).isNotNull();
        assertThat(jdbc.sql("select count(*) from evaluation_response where client_id = :c").param("c", client)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select value from evaluation_answer a join evaluation_response r on r.id = a.response_id"
                        + " where r.client_id = :c and a.item_code = '1'").param("c", client).query(String.class).single())
                .isEqualTo("3");

        Document used = page(get("/q/" + token).locale(FINNISH));
        assertThat(used.select("h1").text()).isEqualTo("Linkki ei toimi");
        assertThat(used.select("form")).isEmpty();

        Document results = page(users.as(coach, get("/clients/" + client + "/evaluation")));
        assertThat(results.select("#trend-WHO-5-total-data tbody td").eachText()).contains("60");
        assertThat(jdbc.sql("""
                        select count(*) from access_log where client_id = :c and data_kind = 'EVALUATION'
                        and outcome = 'GRANTED'""").param("c", client).query(Integer.class).single()).isPositive();
    }

    @Test
    void anUnknownOrExpiredLinkRevealsNothing() throws Exception {
        assertThat(page(get("/q/not-a-token").locale(FINNISH)).select("h1").text()).isEqualTo("Linkki ei toimi");
        String token = link("PHQ-9", "MONTHS_6", "fi");
        assertThat(page(get("/q/" + token)).select("fieldset")).hasSize(9);
        Duration before = clock.offset();
        try {
            clock.advance(Duration.ofDays(Questionnaires.LINK_VALID_DAYS + 1));
            Document expired = page(get("/q/" + token).locale(FINNISH));
            assertThat(expired.select("h1").text()).isEqualTo("Linkki ei toimi");
            Document posted = page(post("/q/" + token).with(csrf()).param("item-1", "1").param("submit", "true"));
            assertThat(posted.select("h1").text()).isEqualTo("Linkki ei toimi");
        } finally {
            clock.resetTo(before);
        }
    }

    @Test
    void theCoachFillsInWithTheClientAndTooManyMissingIsNotComputed() throws Exception {
        MockHttpServletResponse started = mvc.perform(users.as(coach, post("/clients/" + client + "/evaluation"))
                .param("key", UUID.randomUUID().toString()).param("instrument", "MHI-5").param("timepoint", "BASELINE")
                .param("mode", "COACH").param("language", "fi")).andReturn().getResponse();
        String form = started.getRedirectedUrl();
        assertThat(form).startsWith("/clients/" + client + "/evaluation/");
        mvc.perform(users.as(coach, post(form)).param("item-1", "4").param("item-2", "5").param("confirmMissing", "true")
                .param("submit", "true"));
        Document results = page(users.as(coach, get("/clients/" + client + "/evaluation")));
        assertThat(results.select("#trend-MHI-5-total-data tbody td").eachText())
                .contains("Ei laskettu: 3 kohtaa vastaamatta");
    }

    @Test
    void theCoachsOwnFormsAreNotSentToTheClient() throws Exception {
        Document refused = page(users.as(coach, post("/clients/" + client + "/evaluation"))
                .param("key", UUID.randomUUID().toString()).param("instrument", "BACKGROUND").param("timepoint", "BASELINE")
                .param("mode", "LINK").param("language", "fi"));
        assertThat(refused.getElementById("instrument-error").text())
                .isEqualTo("Tämä lomake täytetään itse; sitä ei lähetetä asiakkaalle linkkinä.");
        assertThat(refused.select("#instrument option[selected]").attr("value")).isEqualTo("BACKGROUND");
        assertThat(jdbc.sql("select count(*) from evaluation_response where client_id = :c").param("c", client)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theServiceItselfRefusesToSendTheCoachsOwnFormsAsALink() {
        UUID by = team.staffMemberOf(coach);
        for (String form : List.of("BACKGROUND", "REFERRAL")) {
            NewResponse response = new NewResponse(UUID.randomUUID(), form, (short) 17, team.id(), client, "BASELINE",
                    null, null, null, by);
            assertThatThrownBy(() -> questionnaires.issueLink(response, "fi", Questionnaires.LINK_VALID_DAYS))
                    .isInstanceOfSatisfying(Rejection.class, refusal -> {
                        assertThat(refusal.field()).isEqualTo("instrument");
                        assertThat(refusal.messageKey()).isEqualTo("evaluation.link.client-only");
                    });
        }
        assertThat(jdbc.sql("select count(*) from evaluation_response where client_id = :c").param("c", client)
                .query(Integer.class).single()).isZero();
        // the coach fills them in, and the client's own questionnaires and a team's coach survey still go by link
        assertThat(questionnaires.start(new NewResponse(UUID.randomUUID(), "BACKGROUND", (short) 17, team.id(), client,
                "BASELINE", null, null, null, by))).isNotNull();
        assertThat(questionnaires.issueLink(new NewResponse(UUID.randomUUID(), "WHO-5", (short) 17, team.id(), client,
                "BASELINE", null, null, null, by), "fi", Questionnaires.LINK_VALID_DAYS).token()).hasSize(43);
        assertThat(questionnaires.issueLink(new NewResponse(UUID.randomUUID(), "COACH_SURVEY", (short) 17, team.id(),
                null, null, team.today().minusMonths(6), team.today(), "Testi Valmentaja", by), "fi",
                Questionnaires.LINK_VALID_DAYS).token()).hasSize(43);
    }

    @Test
    void anotherTeamsCoachDoesNotSeeTheClientsEvaluation() throws Exception {
        String other = users.newCoachOfAnotherTeam();
        assertThat(mvc.perform(users.as(other, get("/clients/" + client + "/evaluation"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(users.as(other, post("/clients/" + client + "/evaluation")).param("instrument", "WHO-5")
                .param("mode", "LINK").param("language", "fi")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void followUpsDueAreOnTheCoachsWeek() throws Exception {
        // enrolled 200 days ago: the 6-month follow-up was due about 17 days ago and is overdue; the baseline is missed
        Document week = page(users.as(coach, get("/week")));
        assertThat(week.select(".task-list li").eachText())
                .anyMatch(task -> task.contains("Arvioitava") && task.contains("arvioinnin seurantamittaus: 5 kysely"));
        Document evaluation = page(users.as(coach, get("/clients/" + client + "/evaluation")));
        assertThat(evaluation.select("#followups tbody tr").eachText())
                .anyMatch(row -> row.startsWith("Lähtötilanne (aloitus)") && row.endsWith("Jäi tekemättä"))
                .anyMatch(row -> row.startsWith("6 kuukautta aloituksesta") && row.endsWith("Myöhässä"));
    }

    @Test
    void aLinkUnansweredForAWeekIsAReminderCountedOnTheWeekAndTheTeamPage() throws Exception {
        link("WHO-5", "MONTHS_6", "fi");
        Document before = page(users.as(coach, get("/week")));
        assertThat(before.select(".task-list li").eachText()).noneMatch(task -> task.contains("muistuta"));
        assertThat(before.getElementById("reminder-count")).isNull();
        Document teamBefore = page(users.as(coach, get("/evaluation").param("team", team.code())));
        assertThat(teamBefore.getElementById("count-links").text()).isEqualTo("1");
        assertThat(teamBefore.getElementById("count-reminders").text()).isEqualTo("0");

        // the link was sent 8 days ago and is still valid (14 days)
        jdbc.sql("""
                        update evaluation_link set created_at = created_at - interval '8 days'
                        where response_id in (select id from evaluation_response where client_id = :c)""")
                .param("c", client).update();
        LocalDate sent = team.today().minusDays(8);
        Document week = page(users.as(coach, get("/week")));
        assertThat(week.select(".task-list li").eachText()).anyMatch(task -> task.contains("Arvioitava")
                && task.contains("muistuta " + DAY.format(sent) + " lähetetystä kyselylinkistä"));
        assertThat(week.getElementById("reminder-count").text()).isEqualTo("Muistutuksia tehtävissä: 1 (lähetetty, ei vastattu)");
        Document teamPage = page(users.as(coach, get("/evaluation").param("team", team.code())));
        assertThat(teamPage.getElementById("count-links").text()).isEqualTo("1");
        assertThat(teamPage.getElementById("count-reminders").text()).isEqualTo("1");
        assertThat(teamPage.getElementById("count-expired").text()).isEqualTo("0");
        // the 6-month follow-up (due about 17 days ago) is overdue, the baseline missed: 5 questionnaires overdue
        assertThat(teamPage.getElementById("count-overdue").text()).isEqualTo("5");

        // expired unanswered: no longer a reminder, counted as expired
        jdbc.sql("""
                        update evaluation_link set expires_at = created_at + interval '1 day'
                        where response_id in (select id from evaluation_response where client_id = :c)""")
                .param("c", client).update();
        Document expired = page(users.as(coach, get("/evaluation").param("team", team.code())));
        assertThat(expired.getElementById("count-reminders").text()).isEqualTo("0");
        assertThat(expired.getElementById("count-expired").text()).isEqualTo("1");
        assertThat(page(users.as(coach, get("/week"))).getElementById("reminder-count")).isNull();
    }

    @Test
    void aChangeAfterAnswersExistIsANewVersionAndOldAnswersKeepTheirs() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String definition = """
                {"respondent": "CLIENT", "perClient": true, "names": {"fi": "Oma", "sv": "Egen", "en": "Own"},
                 "scales": {"s": {"min": 0, "max": 2, "labels": {"fi": ["a","b","c"], "sv": ["a","b","c"], "en": ["a","b","c"]}}},
                 "items": [{"code": "1", "type": "SCALE", "scale": "s", "texts": {"fi": "%s", "sv": "A", "en": "A"}}],
                 "scores": [{"code": "total", "method": "SUM", "maxMissing": 0, "higherIsBetter": true,
                   "names": {"fi": "T", "sv": "T", "en": "T"}}]}""";
        Instrument first = instruments.define(code, definition.formatted("Eka"), ADMIN);
        Instrument replaced = instruments.define(code, definition.formatted("Toka"), ADMIN);
        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(replaced.version()).isEqualTo(1);

        mvc.perform(users.as(coach, post("/clients/" + client + "/evaluation")).param("key", UUID.randomUUID().toString())
                .param("instrument", code).param("mode", "COACH").param("language", "fi"));
        Instrument second = instruments.define(code, definition.formatted("Kolmas"), ADMIN);
        assertThat(second.version()).isEqualTo(2);
        assertThat(instruments.version(first.id()).orElseThrow().definition().items().get(0).text(FINNISH))
                .isEqualTo("Toka");
        assertThat(instruments.current(code).orElseThrow().id()).isEqualTo(second.id());
    }
}
