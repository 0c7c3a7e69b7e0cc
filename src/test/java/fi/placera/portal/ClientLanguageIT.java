package fi.placera.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import fi.placera.platform.web.LinkLanguage;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 22 §2: everything reached from an invitation or a one-time questionnaire link speaks the client's recorded
 * language from the first click — whatever an older language cookie on the device says — through the login, the
 * authenticator enrolment and the recovery codes to the client's own pages; the language switch still wins; a
 * tampered {@code lang} falls back to the client's language. Over real HTTP with cookies, as a browser.
 */
@PlaceraIT
class ClientLanguageIT {

    private static final Pattern INVITE = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");
    private static final String PASSPHRASE = "kolme sinistä veneuvaa";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired MessageSource messages;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    /** A new client of a new coach, recorded as speaking the language, with a cooperation agreement. */
    private UUID client(String coach, String language) throws Exception {
        return given.client(coach).named("Stina", "Språk").speaking(language).agreedOn("2.1.2026", "PAPER_SIGNATURE")
                .create();
    }

    /**
     * The coach makes the invitation link on a Finnish page, which says the link opens in the client's language;
     * returns its token.
     */
    private String invite(String coach, UUID client, String language) throws Exception {
        String page = mvc.perform(post("/clients/" + client + "/portal-invite").with(users.as(coach)).with(csrf())
                        .locale(Locale.forLanguageTag("fi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher link = INVITE.matcher(page);
        assertThat(link.find()).as("the page shows the link").isTrue();
        assertThat(Jsoup.parse(page).getElementById("invite-language").text())
                .contains("(" + text("client.language." + language, "fi") + ")");
        return link.group(1);
    }

    /** A device whose language cookie was left by someone else in another language. */
    private WebSession deviceLeftIn(String otherLanguage) {
        WebSession device = new WebSession(port);
        device.setCookie(LinkLanguage.COOKIE, otherLanguage);
        return device;
    }

    private String text(String key, String language, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
    }

    /** The page is a 200 in the language: its {@code lang} and its heading's text. */
    private Document assertSpeaks(HttpResponse<String> response, String language, String headingKey,
            Object... arguments) {
        assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("html").attr("lang")).as("lang of %s", response.uri()).isEqualTo(language);
        assertThat(page.select("h1").text()).as("heading of %s", response.uri())
                .isEqualTo(text(headingKey, language, arguments));
        return page;
    }

    @ParameterizedTest
    @CsvSource({"sv, fi", "fi, sv"})
    void anInvitationSpeaksTheClientsLanguageAtEveryStepToTheirPlan(String language, String leftOnDevice)
            throws Exception {
        String coach = users.newCoach();
        UUID client = client(coach, language);
        String token = invite(coach, client, language);
        assertThat(jdbc.sql("select language from client_invite where client_id = ?").param(client).query(String.class)
                .single()).as("the invitation remembers the client's language").isEqualTo(language);
        WebSession device = deviceLeftIn(leftOnDevice);

        assertSpeaks(device.get("/invite/" + token), language, "portal.invite.title");
        String username = "stina." + language + "." + client.toString().substring(0, 6);
        HttpResponse<String> accepted = device.post("/invite/" + token,
                Map.of("username", username, "passphrase", PASSPHRASE, "repeated", PASSPHRASE));
        assertThat(accepted.headers().firstValue("Location").orElse("")).endsWith("/login?welcome");
        assertThat(device.cookie(LinkLanguage.COOKIE)).isEqualTo(language);

        Document login = assertSpeaks(device.get("/login?welcome"), language, "login.heading");
        assertThat(login.text()).contains(text("portal.invite.done", language));
        HttpResponse<String> password = device.post("/login", Map.of("username", username, "password", PASSPHRASE));
        assertThat(password.headers().firstValue("Location").orElse("")).endsWith("/mfa/enrol");
        Document enrol = assertSpeaks(device.get("/mfa/enrol"), language, "mfa.enrol.title");
        users.clock().advance(Duration.ofSeconds(30));
        String code = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                .generate(enrol.selectFirst("code.secret").text(), users.clock().instant().getEpochSecond() / 30);
        assertSpeaks(device.post("/mfa/enrol", Map.of("code", code)), language, "mfa.recovery.title");
        assertThat(device.get("/").headers().firstValue("Location").orElse("")).endsWith("/me");
        assertSpeaks(device.get("/me"), language, "portal.me.heading", "Stina");
    }

    @Test
    void aRecordedLanguagePlaceraDoesNotSpeakOpensInFinnishAsTheClientsPagesDo() throws Exception {
        String coach = users.newCoach();
        UUID client = client(coach, "se");
        String token = invite(coach, client, "fi");
        assertThat(jdbc.sql("select language from client_invite where client_id = ?").param(client).query(String.class)
                .single()).isEqualTo("fi");
        assertSpeaks(deviceLeftIn("sv").get("/invite/" + token), "fi", "portal.invite.title");
    }

    @Test
    void theLanguageSwitchWinsOverTheInvitationsLanguageThroughTheLogin() throws Exception {
        String coach = users.newCoach();
        String token = invite(coach, client(coach, "sv"), "sv");
        WebSession device = new WebSession(port);
        assertSpeaks(device.get("/invite/" + token), "sv", "portal.invite.title");

        assertSpeaks(device.get("/invite/" + token + "?lang=en"), "en", "portal.invite.title");
        // a refused form comes back in the language the client chose, not the invitation's
        Document refused = assertSpeaks(device.post("/invite/" + token,
                Map.of("username", "x", "passphrase", PASSPHRASE, "repeated", PASSPHRASE)), "en", "portal.invite.title");
        assertThat(refused.getElementById("username-error").text())
                .isEqualTo(text("portal.invite.username.format", "en"));
        assertSpeaks(device.get("/invite/" + token + "?lang=fi"), "fi", "portal.invite.title");
        HttpResponse<String> accepted = device.post("/invite/" + token, Map.of("username",
                "stina.vaihto." + UUID.randomUUID().toString().substring(0, 6), "passphrase", PASSPHRASE,
                "repeated", PASSPHRASE));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertSpeaks(device.get("/login?welcome"), "fi", "login.heading");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00", "sv%00fi", "SV-x", "",
            "fi%0d%0aSet-Cookie:x=y"})
    void aTamperedLanguageFallsBackToTheClientsLanguage(String tampered) throws Exception {
        String coach = users.newCoach();
        String token = invite(coach, client(coach, "sv"), "sv");
        WebSession device = deviceLeftIn("en");

        HttpResponse<String> opened = device.get("/invite/" + token + "?lang=" + tampered);
        assertSpeaks(opened, "sv", "portal.invite.title");
        assertThat(opened.body()).doesNotContain("<script>alert").doesNotContain("x=y");
        assertThat(opened.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("x="));
        assertThat(device.cookie(LinkLanguage.COOKIE)).isEqualTo("sv");
        // an unknown link with a tampered language is the one plain page, in a language we speak
        HttpResponse<String> unknown = device.get("/invite/" + "x".repeat(43) + "?lang=" + tampered);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(unknown.body()).select("html").attr("lang")).isIn("fi", "sv", "en");
    }

    /** The coach makes a one-time link to PHQ-9 in the language; returns its token. */
    private String questionnaireLink(String coach, UUID client, String language) throws Exception {
        String made = mvc.perform(post("/clients/" + client + "/evaluation").with(users.as(coach)).with(csrf())
                        .locale(Locale.forLanguageTag("fi")).param("key", UUID.randomUUID().toString())
                        .param("instrument", "PHQ-9").param("timepoint", "BASELINE").param("mode", "LINK")
                        .param("language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String url = Jsoup.parse(made).getElementById("link-url").attr("value");
        return url.substring(url.indexOf("/q/") + 3);
    }

    @Test
    void aQuestionnaireLinkSpeaksItsLanguageTheSwitchWinsAndTheCrisisContactsFollowThePage() throws Exception {
        String coach = users.newCoach();
        UUID client = client(coach, "sv");
        String token = questionnaireLink(coach, client, "sv");
        WebSession device = deviceLeftIn("fi");
        Document opened = Jsoup.parse(device.get("/q/" + token).body());
        assertThat(opened.select("html").attr("lang")).isEqualTo("sv");

        Document switched = Jsoup.parse(device.get("/q/" + token + "?lang=fi").body());
        assertThat(switched.select("html").attr("lang")).isEqualTo("fi");
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (int item = 1; item <= 8; item++) {
            answers.put("item-" + item, "0");
        }
        answers.put("item-9", "2");
        answers.put("submit", "true");
        Document crisis = Jsoup.parse(device.post("/q/" + token, answers).body());
        assertThat(crisis.select("html").attr("lang")).as("the form kept the chosen language").isEqualTo("fi");
        assertThat(crisis.getElementById("crisis").attr("lang")).isEqualTo("fi");
        assertThat(crisis.getElementById("crisis-heading").text()).isEqualTo(text("evaluation.crisis.heading", "fi"));

        // without the switch, the same answers give the Swedish page and Swedish help
        String second = questionnaireLink(coach, client(coach, "sv"), "sv");
        WebSession own = deviceLeftIn("fi");
        own.get("/q/" + second);
        Document answered = Jsoup.parse(own.post("/q/" + second, answers).body());
        assertThat(answered.select("html").attr("lang")).isEqualTo("sv");
        assertThat(answered.getElementById("crisis").attr("lang")).isEqualTo("sv");
    }
}
