package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import fi.placera.testing.TestTeams;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The safety signal of PHQ-9 item 9 through every route a questionnaire is answered by — a one-time link, the client's
 * own pages (/me, which issues a link), the coach filling it in — with every value 0..3: the client sees the crisis
 * contacts in their language only from 1, the client's coach and the team leader get an urgent task at the top of
 * their week that stays until someone records what was done, and nobody outside the team sees or closes the alert.
 */
@PlaceraIT
class SafetyAlertIT {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Pattern INVITE = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private TestTeams.Team team;
    private String coach;
    private String leader;
    private UUID client;
    private String lastName;

    @BeforeEach
    void teamWithAnEnrolledClient() throws Exception {
        team = teams.create("Turvallisuus");
        coach = team.member("Valmentaja", "COACH", "1.0");
        leader = team.member("Vetäjä", "TEAM_LEADER", "0.5");
        lastName = "Turva" + UUID.randomUUID().toString().substring(0, 6);
        client = team.client(coach, lastName);
        team.send(coach, "/clients/" + client + "/agreement", "agreedOn", team.day(3),
                "howAgreed", "STRONG_IDENTIFICATION");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", request).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** PHQ-9 with items 1–8 at 0 and item 9 at the value. */
    private static MockHttpServletRequestBuilder phq9(MockHttpServletRequestBuilder request, int item9) {
        for (int item = 1; item <= 8; item++) {
            request.param("item-" + item, "0");
        }
        return request.param("item-9", String.valueOf(item9)).param("submit", "true");
    }

    /** Answers PHQ-9 through the route; returns the page the client (or the coach with the client) sees after sending. */
    private Document answer(String route, int item9) throws Exception {
        return switch (route) {
            case "LINK" -> page(phq9(post("/q/" + link("fi")).with(csrf()), item9));
            case "PORTAL" -> page(phq9(post(portalLink()).with(csrf()), item9));
            case "COACH" -> {
                String started = mvc.perform(users.as(coach, post("/clients/" + client + "/evaluation"))
                                .param("key", UUID.randomUUID().toString()).param("instrument", "PHQ-9")
                                .param("timepoint", "BASELINE").param("mode", "COACH"))
                        .andReturn().getResponse().getRedirectedUrl();
                assertThat(started).startsWith("/clients/" + client + "/evaluation/");
                MockHttpServletResponse sent = mvc.perform(phq9(users.as(coach, post(started)), item9)).andReturn()
                        .getResponse();
                yield Jsoup.parse(sent.getStatus() == 200 ? sent.getContentAsString() : "");
            }
            default -> throw new IllegalArgumentException(route);
        };
    }

    /** The coach makes a one-time link in the language; returns its token. */
    private String link(String language) throws Exception {
        Document made = page(users.as(coach, post("/clients/" + client + "/evaluation"))
                .param("key", UUID.randomUUID().toString()).param("instrument", "PHQ-9").param("timepoint", "BASELINE")
                .param("mode", "LINK").param("language", language));
        String url = made.getElementById("link-url").attr("value");
        return url.substring(url.indexOf("/q/") + 3);
    }

    /** The client, invited to their own pages, opens the PHQ-9 due on /me (in Swedish); returns the link's path. */
    private String portalLink() throws Exception {
        String invited = mvc.perform(users.as(coach, post("/clients/" + client + "/portal-invite"))).andReturn().getResponse()
                .getContentAsString();
        Matcher invite = INVITE.matcher(invited);
        assertThat(invite.find()).isTrue();
        String me = "turva." + client.toString().substring(0, 8);
        mvc.perform(post("/invite/" + invite.group(1)).with(csrf()).param("username", me)
                .param("passphrase", "kolme keltaista kissaa").param("repeated", "kolme keltaista kissaa"));
        String opened = mvc.perform(post("/me/questionnaires").with(users.as(me)).with(csrf())
                        .session(new MockHttpSession()).locale(SWEDISH).param("timepoint", "BASELINE")
                        .param("instrument", "PHQ-9"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(opened).matches("/q/[A-Za-z0-9_-]{43}");
        return opened;
    }

    private int alerts() {
        return jdbc.sql("select count(*) from evaluation_safety_alert where client_id = ?").param(client)
                .query(Integer.class).single();
    }

    private UUID openAlert() {
        return jdbc.sql("select id from evaluation_safety_alert where client_id = ? and closed_at is null")
                .param(client).query(UUID.class).single();
    }

    private String urgentOnWeekOf(String user) throws Exception {
        Document week = page(users.as(user, get("/week")));
        var urgent = week.getElementById("urgent");
        return urgent == null ? "" : urgent.text();
    }

    @ParameterizedTest(name = "{0}: item 9 = {1}")
    @CsvSource({"LINK,0", "LINK,1", "LINK,2", "LINK,3", "PORTAL,0", "PORTAL,1", "PORTAL,2", "PORTAL,3",
            "COACH,0", "COACH,1", "COACH,2", "COACH,3"})
    void itemNineFromOneShowsTheCrisisContactsAndPutsAnUrgentTaskOnTheWeekUntilDealtWith(String route, int item9)
            throws Exception {
        Document after = answer(route, item9);
        boolean signal = item9 >= 1;

        assertThat(after.getElementById("crisis") != null).as("crisis contacts shown").isEqualTo(signal);
        assertThat(alerts()).isEqualTo(signal ? 1 : 0);
        assertThat(jdbc.sql("select count(*) from evaluation_response where client_id = ? and state = 'SUBMITTED'")
                .param(client).query(Integer.class).single()).isEqualTo(1);
        // the coach is told by e-mail that an urgent task waits, and nothing more (decision 0079)
        assertThat(jdbc.sql("""
                        select count(*) from mail_outbox where recipient = ? and kind = 'URGENT_TASK'
                          and cardinality(arguments) = 0""")
                .param(coach + "@example.fi").query(Integer.class).single()).isEqualTo(signal ? 1 : 0);
        if (!signal) {
            assertThat(urgentOnWeekOf(coach)).isEmpty();
            assertThat(urgentOnWeekOf(leader)).isEmpty();
            return;
        }
        if (route.equals("PORTAL")) {
            // the client's own pages were in Swedish: the card speaks Swedish with the Swedish crisis line
            assertThat(after.getElementById("crisis").attr("lang")).isEqualTo("sv");
            assertThat(after.getElementById("crisis-line").text()).contains("09 2525 0112");
            assertThat(after.getElementById("crisis-heading").text()).isEqualTo("Du behöver inte klara dig ensam");
        } else {
            assertThat(after.getElementById("crisis").attr("lang")).isEqualTo("fi");
            assertThat(after.getElementById("crisis-line").text()).contains("09 2525 0111");
        }
        assertThat(after.getElementById("crisis-emergency").text()).contains("112");

        assertThat(urgentOnWeekOf(coach)).contains(lastName);
        assertThat(urgentOnWeekOf(leader)).contains(lastName);
        Document evaluation = page(users.as(coach, get("/clients/" + client + "/evaluation")));
        assertThat(evaluation.getElementById("safety-alerts").text()).contains("PHQ-9").contains("kohta 9")
                .contains("vastaus " + item9).contains("ei vielä hoidettu");

        UUID alert = openAlert();
        String path = "/clients/" + client + "/evaluation/alerts/" + alert;
        Document refused = page(users.as(leader, post(path)).param("actionOn", team.day(0)).param("note", "Soitin"));
        assertThat(refused.getElementById("action-error").text()).isEqualTo("Valitse ainakin yksi asia, joka tehtiin.");
        assertThat(urgentOnWeekOf(coach)).as("a refused closing leaves the task").contains(lastName);

        assertThat(status(users.as(leader, post(path)).param("contactedClient", "true").param("informedCareTeam", "true")
                .param("actionOn", team.day(0)).param("note", "Soitin asiakkaalle, sovittu käynti huomenna.")))
                .isEqualTo(302);
        assertThat(urgentOnWeekOf(coach)).doesNotContain(lastName);
        assertThat(urgentOnWeekOf(leader)).doesNotContain(lastName);
        Document closed = page(users.as(coach, get(path)));
        assertThat(closed.getElementById("alert-closing").text()).contains("Otin yhteyttä asiakkaaseen")
                .contains("Kerroin hoitotiimille").contains("sovittu käynti huomenna");
        assertThat(closed.getElementById("close-alert")).isNull();
        assertThat(page(users.as(coach, get("/clients/" + client + "/evaluation"))).getElementById("safety-alerts").text())
                .contains("hoidettu");
    }

    @Test
    void anotherTeamsCoachCanNeitherSeeNorCloseTheAlert() throws Exception {
        answer("LINK", 2);
        UUID alert = openAlert();
        String path = "/clients/" + client + "/evaluation/alerts/" + alert;
        String outsider = users.newCoachOfAnotherTeam();
        String before = checksum.of("evaluation_safety_alert");

        assertThat(status(users.as(outsider, get(path)))).isEqualTo(404);
        assertThat(status(users.as(outsider, post(path)).param("contactedClient", "true").param("actionOn", team.day(0))
                .param("note", "Ei minun asiakkaani"))).isEqualTo(404);
        // another client's id with this alert, and a made-up alert of this client: the same 404
        assertThat(status(users.as(coach, get("/clients/" + UUID.randomUUID() + "/evaluation/alerts/" + alert))))
                .isEqualTo(404);
        assertThat(status(users.as(coach, get("/clients/" + client + "/evaluation/alerts/" + UUID.randomUUID()))))
                .isEqualTo(404);
        assertThat(checksum.of("evaluation_safety_alert")).isEqualTo(before);
        assertThat(urgentOnWeekOf(outsider)).isEmpty();
        assertThat(urgentOnWeekOf(coach)).contains(lastName);
    }

    @Test
    void aSecondSubmitShowsTheContactsAgainRaisesNoSecondAlertAndAClosedAlertCannotBeClosedAgain() throws Exception {
        String token = link("fi");
        page(phq9(post("/q/" + token).with(csrf()), 3));
        Document doubleClick = page(phq9(post("/q/" + token).with(csrf()), 3));
        assertThat(doubleClick.getElementById("crisis")).as("a double click shows the contacts again").isNotNull();
        assertThat(alerts()).isEqualTo(1);
        UUID alert = openAlert();
        String path = "/clients/" + client + "/evaluation/alerts/" + alert;
        assertThat(status(users.as(coach, post(path)).param("contactedClient", "true").param("actionOn", team.day(0))
                .param("note", "Soitin."))).isEqualTo(302);
        String before = checksum.of("evaluation_safety_alert");
        assertThat(status(users.as(leader, post(path)).param("informedCareTeam", "true").param("actionOn", team.day(0))
                .param("note", "Toinen kirjaus"))).isEqualTo(200);
        assertThat(checksum.of("evaluation_safety_alert")).isEqualTo(before);
    }

    @Test
    void aFormWithUnansweredItemsAsksOnceBeforeItIsSentAndTheScoreSaysItWasProrated() throws Exception {
        String token = link("fi");
        Document asked = page(post("/q/" + token).with(csrf()).param("item-1", "1").param("item-2", "1")
                .param("item-3", "1").param("item-4", "1").param("item-5", "1").param("item-6", "1")
                .param("item-7", "1").param("item-8", "1").param("submit", "true"));
        assertThat(asked.getElementById("ask-missing").text()).startsWith("Yksi kysymys on vastaamatta.");
        assertThat(asked.select("#ask-missing input[name=confirmMissing]").attr("value")).isEqualTo("true");
        assertThat(asked.getElementById("item-8-1").hasAttr("checked")).as("the answers are kept").isTrue();
        assertThat(asked.getElementById("stem").text()).contains("viimeisten kahden viikon aikana");
        assertThat(jdbc.sql("select count(*) from evaluation_response where client_id = ? and state = 'SUBMITTED'")
                .param(client).query(Integer.class).single()).isZero();

        Document thanks = page(post("/q/" + token).with(csrf()).param("item-1", "1").param("item-2", "1")
                .param("item-3", "1").param("item-4", "1").param("item-5", "1").param("item-6", "1")
                .param("item-7", "1").param("item-8", "1").param("confirmMissing", "true").param("submit", "true"));
        assertThat(thanks.getElementById("thanks")).isNotNull();
        assertThat(thanks.getElementById("crisis")).as("item 9 unanswered raises nothing").isNull();
        assertThat(alerts()).isZero();

        Document results = page(users.as(coach, get("/clients/" + client + "/evaluation")));
        assertThat(results.select("#trend-PHQ-9-total-data tbody td").get(1).text())
                .isEqualTo("9 (Lieviä) (arvioitu vastatuista kohdista: 1 vastaamatta)");
    }

    @Test
    void anAdministratorMayMarkAnotherItemAsASafetyItemOnlyWithinItsScale() throws Exception {
        String admin = "admin";
        String code = "SAFE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String definition = """
                {"respondent": "CLIENT", "perClient": true,
                 "names": {"fi": "Testi", "sv": "Test", "en": "Test"},
                 "stem": {"fi": "Viime viikolla", "sv": "Förra veckan", "en": "Last week"},
                 "scales": {"s": {"min": 0, "max": 2, "labels": {"fi": ["a", "b", "c"], "sv": ["a", "b", "c"], "en": ["a", "b", "c"]}}},
                 "items": [{"code": "1", "type": "SCALE", "scale": "s", "safetyFrom": %d,
                            "texts": {"fi": "Kysymys", "sv": "Fråga", "en": "Question"}}]}""";
        Document refused = page(users.as(admin, post("/admin/instruments")).param("code", code)
                .param("definition", definition.formatted(3)));
        assertThat(refused.text()).contains("Kohta 1: turvallisuusraja vaatii asteikkokohdan ja asteikon arvon.");
        assertThat(status(users.as(admin, post("/admin/instruments")).param("code", code)
                .param("definition", definition.formatted(2)))).isEqualTo(302);

        String token = link("fi");
        jdbc.sql("""
                        update evaluation_response set instrument_id = (select id from evaluation_instrument where code = ?)
                        where id = (select response_id from evaluation_link where token_hash = sha256(convert_to(?, 'UTF8')))""")
                .params(code, token).update();
        Document crisis = page(post("/q/" + token).with(csrf()).param("item-1", "2").param("submit", "true"));
        assertThat(crisis.getElementById("crisis")).isNotNull();
        assertThat(jdbc.sql("select instrument_code || '/' || item_code || '=' || value from evaluation_safety_alert "
                + "where client_id = ?").param(client).query(String.class).single()).isEqualTo(code + "/1=2");
    }
}
