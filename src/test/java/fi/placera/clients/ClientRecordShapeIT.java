package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The client's record has a shape (issue 28 §1, decision 0060): an overview without forms, one page per part with
 * only that part's forms, each closed behind an action; a save lands back on its part saying so; a refusal shows the
 * part with an error summary at the top, the form open and the input kept. Every page is one logged read.
 */
@PlaceraIT
class ClientRecordShapeIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    /** The session (Spring Session's, in the database) carries the flash attribute to the next request. */
    private static final String SESSION = "__Host-placera";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;

    private String coach;
    private UUID client;

    @BeforeEach
    void clientWithAnAgreement() throws Exception {
        coach = users.newCoach();
        client = given.client(coach).named("Muoto", "Kertomus").agreedOn("2.1.2026").plan("Työ kirjastossa", "CV")
                .create();
    }

    @Test
    void theOverviewAndEachPartShowOnlyThatPartsFormsEachClosedBehindAnAction() throws Exception {
        Map<String, List<String>> formsOf = Map.of(
                "", List.of(),
                "/referral", List.of("/details/correct", "/contact", "/referral", "/service/end"),
                "/consents", List.of("/consents", "/portal-invite", "/rights-requests"),
                "/plan", List.of("/plan", "/plan/reviews"),
                "/profile", List.of("/profile/meetings", "/profile", "/disclosure"),
                "/counselling", List.of("/counselling"),
                "/meetings", List.of("/meetings", "/meetings/appointments"),
                "/jobs", List.of("/jobs", "/studies"));
        for (var part : formsOf.entrySet()) {
            Document page = page(coach, FINNISH, part.getKey());
            assertThat(writeForms(page)).as("forms on " + part.getKey())
                    .containsExactlyInAnyOrderElementsOf(part.getValue().stream().map(this::url).toList());
            assertThat(page.select("details.action[open]")).as("forms closed on " + part.getKey()).isEmpty();
            assertThat(page.select("form[method=post]")).as("forms standing open on " + part.getKey())
                    .filteredOn(form -> form.attr("action").contains(client.toString()))
                    .allMatch(form -> !form.parents().select("details.action").isEmpty()
                            || form.attr("action").endsWith("/portal-invite"));
            Element current = page.selectFirst("nav.record-nav a[aria-current=page]");
            assertThat(current).isNotNull();
            assertThat(current.attr("href")).isEqualTo(url(part.getKey()));
            assertThat(page.select("nav.record-nav a")).as("every part, meetings too").hasSize(11);
        }
    }

    @Test
    void theOverviewShowsPhaseCoachDueContactsConsentsAndTheClientsComment() throws Exception {
        mvc.perform(users.as(coach, post(url("/consents"))).param("party", "CARE_TEAM:" + Given.CARE_VAASA)
                .param("kind", "ACTION_PLAN").param("validFrom", "2.1.2026")).andExpect(redirectedUrl(url("/consents")));
        mvc.perform(users.as(coach, post(url("/consents"))).param("party", "CARE_TEAM:" + Given.CARE_VAASA)
                .param("kind", "EMPLOYMENT").param("validFrom", "2.1.2026").param("validUntil", "3.1.2026"))
                .andExpect(redirectedUrl(url("/consents")));
        jdbc.sql("insert into client_comment (id, client_id, area_id, topic, comment, written_at, account_id) "
                        + "values (?, ?, 17, 'ACTION_PLAN', 'Haluan aamuvuoroja', now(), "
                        + "(select id from user_account order by id limit 1))")
                .params(UUID.randomUUID(), client).update();

        Document overview = page(coach, FINNISH, "");
        assertThat(overview.select("dd").eachText()).contains("Yhteistyösopimus tehty, alkuvaihe");
        assertThat(overview.getElementById("due-heading")).isNotNull();
        assertThat(overview.getElementById("contacts-heading")).isNotNull();
        assertThat(overview.select("section:has(#consents-heading) li").eachText())
                .as("only the consent in force").hasSize(1).allMatch(text -> text.contains("Toimintasuunnitelma"));
        assertThat(overview.select("section:has(#comment-heading) p").text()).contains("Haluan aamuvuoroja");
    }

    @Test
    void eachPageIsOneLoggedReadOfTheKindsItShows() throws Exception {
        Map<String, String> expected = Map.of(
                "", "client record:IDENTITY,SERVICE_RECORD,ACTION_PLAN,VOCATIONAL_PROFILE,EMPLOYMENT,BENEFITS",
                "/referral", "client record referral:IDENTITY,SERVICE_RECORD",
                "/consents", "client record consents:IDENTITY,SERVICE_RECORD",
                "/plan", "client record plan:IDENTITY,ACTION_PLAN",
                "/profile", "client record profile:IDENTITY,VOCATIONAL_PROFILE",
                "/counselling", "client record counselling:IDENTITY,BENEFITS");
        for (var part : expected.entrySet()) {
            long before = logRows();
            page(coach, FINNISH, part.getKey());
            assertThat(jdbc.sql("select purpose || ':' || data_kind from access_log where client_id = ? and id > ?")
                    .params(client, before).query(String.class).list()).as(part.getKey())
                    .containsExactly(part.getValue());
        }
    }

    @Test
    void aCareTeamMemberSeesNoFormOnAnyPart() throws Exception {
        UUID shared = given.client(coach).named("Jaettu", "Kertomus").agreedOn("2.1.2026").plan("Työ", "CV")
                .consentToTheCareTeam("IDENTITY", "SERVICE_RECORD", "ACTION_PLAN", "VOCATIONAL_PROFILE", "BENEFITS",
                        "EMPLOYMENT").create();
        for (String part : List.of("", "/referral", "/consents", "/plan", "/profile", "/counselling")) {
            Document page = Jsoup.parse(mvc.perform(users.as("careteam", FINNISH, get("/clients/" + shared + part)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.select("form[method=post]").eachAttr("action")).as(part)
                    .noneMatch(action -> action.contains(shared.toString()));
            assertThat(page.select("details.action")).as(part).isEmpty();
        }
    }

    @Test
    void aSaveLandsBackOnItsPartWithAMessageScreenReadersAnnounce() throws Exception {
        MvcResult saved = mvc.perform(users.as(coach, SWEDISH, post(url("/plan/reviews"))).param("reviewedOn", "6.4.2026")
                        .param("milestone", "3").param("whatChanged", "Arbetsprövning avtalad"))
                .andExpect(redirectedUrl(url("/plan"))).andExpect(flash().attribute("partSaved", true)).andReturn();
        Document plan = Jsoup.parse(mvc.perform(users.as(coach, SWEDISH, get(url("/plan")))
                        .cookie(saved.getResponse().getCookie(SESSION))).andReturn().getResponse()
                .getContentAsString());
        assertThat(plan.select("[role=status]").text()).isEqualTo("Sparat: Åtgärdsplan");
        assertThat(plan.text()).contains("Arbetsprövning avtalad");
        assertThat(page(coach, SWEDISH, "/plan").select("[role=status]")).as("said once").isEmpty();

        mvc.perform(users.as(coach, post(url("/counselling"))).param("key", UUID.randomUUID().toString())
                        .param("counselledOn", "6.1.2026").param("counsellor", "COACH").param("topics", "EARNINGS_LIMITS"))
                .andExpect(redirectedUrl(url("/counselling"))).andExpect(flash().attribute("partSaved", true));
    }

    @Test
    void aRefusalShowsThePartWithAFocusedSummaryLinkingEveryProblemAndTheInputKept() throws Exception {
        UUID fresh = given.client(coach).named("Virhe", "Yhteenveto").create();
        String before = checksum.of("referral");
        Document page = Jsoup.parse(mvc.perform(users.as(coach, FINNISH, post("/clients/" + fresh + "/referral"))
                        .param("referredOn", "31.2.2026").param("wishToWork", "Töihin kirjastoon"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(checksum.of("referral")).isEqualTo(before);

        Element summary = page.getElementById("error-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        assertThat(summary.hasAttr("autofocus")).isTrue();
        assertThat(page.selectFirst("main > *:not(h1):not(nav)")).as("the summary comes first").isEqualTo(summary);
        assertThat(summary.select("a").eachAttr("href")).containsExactlyInAnyOrder("#source", "#referredOn");
        for (String target : summary.select("a").eachAttr("href")) {
            assertThat(page.getElementById(target.substring(1))).as(target).isNotNull();
        }
        assertThat(page.select("nav.record-nav a[aria-current=page]").attr("href"))
                .isEqualTo("/clients/" + fresh + "/referral");
        Element form = page.selectFirst("details.action[open] form[action$=/referral]");
        assertThat(form).as("the refused form is open").isNotNull();
        assertThat(form.getElementById("referredOn").val()).isEqualTo("31.2.2026");
        assertThat(form.getElementById("wishToWork").text()).isEqualTo("Töihin kirjastoon");
    }

    private String url(String part) {
        return "/clients/" + client + part;
    }

    private long logRows() {
        return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
    }

    private Document page(String user, Locale language, String part) throws Exception {
        return Jsoup.parse(mvc.perform(users.as(user, language, get(url(part)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    /** The actions of the page's posting forms about the client. */
    private List<String> writeForms(Document page) {
        return page.select("form[method=post]").eachAttr("action").stream()
                .filter(action -> action.contains(client.toString())).toList();
    }
}
