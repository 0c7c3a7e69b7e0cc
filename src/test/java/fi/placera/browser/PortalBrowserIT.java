package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import fi.placera.testing.DemoClients;
import fi.placera.testing.WebSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At phone width, in Finnish and Swedish: the team leader invites a client, who creates an account from the link,
 * logs in with passphrase and a newly enrolled authenticator, reads their plan, withdraws the consent that let the
 * care team see them — and the care team's next request is refused — then finds in "who has read my data" exactly the
 * reads this test caused; a client answers a questionnaire due from their page; a client without an authenticator
 * app enrols an e-mail address and logs in with an e-mailed code. Every page checked with axe.
 */
class PortalBrowserIT extends BrowserTestBase {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");
    private static final String PASSPHRASE = "sininen polkupyörä järvellä";

    @Autowired JdbcClient jdbc;
    @Autowired DemoClients clients;

    /** A client of the demo team with an agreement, a plan and consents to the Vaasa care team (no reads logged). */
    private UUID client(String goals) {
        UUID client = clients.withAgreement("Sanni", "Selain", "fi");
        clients.plan(client, goals, "Käyn työkokeilussa");
        clients.consentToTheCareTeam(client, "IDENTITY", "ACTION_PLAN");
        return client;
    }

    private String clientAccount(UUID client) {
        return clients.account(client, "asiakas", "Sanni");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void aClientReadsTheirPlanWithdrawsAConsentAndSeesWhoReadTheirData(String lang) throws Exception {
        String goals = "Työ kahvilassa aamuisin " + lang;
        UUID client = client(goals);
        // the client speaks the language: the invitation opens in it (decision 0040)
        jdbc.sql("update client set preferred_language = ? where id = ?").params(lang, client).update();
        WebSession teamLeader = new WebSession(port);
        teamLeader.logIn("teamleader", users);
        Matcher link = LINK.matcher(teamLeader.post("/clients/" + client + "/portal-invite", Map.of()).body());
        assertThat(link.find()).isTrue();
        WebSession careTeam = new WebSession(port);
        careTeam.logIn("careteam", users);
        assertThat(careTeam.get("/clients/" + client).statusCode()).isEqualTo(200);

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.visit("/invite/" + link.group(1));
        String username = "sanni." + lang + "." + client.toString().substring(0, 6);
        browser.type("username", username);
        browser.type("passphrase", PASSPHRASE);
        browser.type("repeated", PASSPHRASE);
        browser.submit();
        browser.checkPage();
        assertThat(browser.path()).startsWith("/login");

        browser.logInWithPassword(username, PASSPHRASE);
        browser.checkPage();
        assertThat(browser.path()).isEqualTo("/mfa/enrol");
        String secret = browser.driver().findElement(By.cssSelector("code.secret")).getText();
        users.clock().advance(Duration.ofSeconds(30));
        browser.type("code", new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                .generate(secret, users.clock().instant().getEpochSecond() / 30));
        browser.submit();
        browser.checkPage();
        String reply = commentAndReply(client, lang);
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("main a.button")));
        browser.checkPage();
        assertThat(browser.path()).isEqualTo("/me");
        assertThat(browser.language()).isEqualTo(lang);
        assertThat(browser.driver().findElement(By.id("plan-goals")).getText()).isEqualTo(goals);
        // the team's reply under the client's comment, in the client's language, the reply as typed (decision 0066)
        assertThat(browser.driver().findElement(By.cssSelector("#comments .comment-replies")).getText())
                .startsWith(lang.equals("fi") ? "Valmentajasi vastasi" : "Din arbetscoach svarade").endsWith(reply);
        assertThat(browser.scrollsSideways()).isFalse();

        browser.clickAndWait(browser.driver().findElement(By.cssSelector("nav.portal-nav a[href$='/me/consents']")));
        browser.checkPage();
        UUID identityConsent = jdbc.sql("select id from consent where client_id = ? and kind = 'IDENTITY'")
                .param(client).query(UUID.class).single();
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#consent-" + identityConsent + " button")));
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("#consent-" + identityConsent + " button"))).isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("main .alert--success")).isDisplayed()).isTrue();

        // the care team's very next request for the client is refused
        assertThat(careTeam.get("/clients/" + client).statusCode()).isEqualTo(404);

        browser.clickAndWait(browser.driver().findElement(By.cssSelector("nav.portal-nav a[href$='/me/access-log']")));
        browser.checkPage();
        assertThat(browser.scrollsSideways()).isFalse();
        List<String> rows = browser.driver().findElements(By.cssSelector("#access-log tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().skip(1).map(WebElement::getText)
                        .map(text -> text.replace('\n', ' ')).toList().toString())
                .toList();
        String careTeamMember = lang.equals("fi") ? "Hoitotiimin jäsen" : "Medlem i vårdteam";
        String teamLeaderRole = lang.equals("fi") ? "Tiiminvetäjä" : "Teamledare";
        String identity = lang.equals("fi") ? "Nimi ja yhteystiedot" : "Namn och kontaktuppgifter";
        String plan = lang.equals("fi") ? "Toimintasuunnitelma" : "Åtgärdsplan";
        String opened = lang.equals("fi") ? "Avattu" : "Öppnade";
        String invited = lang.equals("fi") ? "Sinut kutsuttiin omille sivuillesi" : "Du bjöds in till dina egna sidor";
        String refused = lang.equals("fi") ? "Avattu – estetty, mitään ei näytetty" : "Öppnade – nekades, inget visades";
        String area = lang.equals("fi") ? "Pohjanmaa" : "Österbotten";
        assertThat(rows).containsExactly(
                List.of(careTeamMember + ", " + area, identity, refused, purpose(lang, "client record")).toString(),
                // the page's one row names each kind it showed; the invitation is logged as what it was
                List.of(careTeamMember + ", " + area, identity + ", " + plan, opened, purpose(lang, "client record"))
                        .toString(),
                List.of(teamLeaderRole + ", " + area, identity, invited, purpose(lang, "client account invitation"))
                        .toString());
    }

    /**
     * The client's comment on their plan and the team leader's reply, stored as the portal stores them (the reply
     * through the plan part is CommentRepliesIT's; here no read is logged, so the log below stays as it is). The reply.
     */
    private String commentAndReply(UUID client, String lang) {
        UUID comment = UUID.randomUUID();
        jdbc.sql("""
                        insert into client_comment (id, client_id, area_id, topic, comment, written_at, account_id)
                        select ?, client_id, area_id, 'ACTION_PLAN', 'Voinko tehdä iltaisin?', now(), account_id
                        from client_account where client_id = ?""").params(comment, client).update();
        String reply = "Kysyn iltavuoroja kahvilasta – " + lang;
        jdbc.sql("""
                        insert into client_comment_reply (id, comment_id, area_id, reply, replied_at, account_id)
                        select ?, ?, 17, ?, now(), id from user_account where username = 'teamleader'""")
                .params(UUID.randomUUID(), comment, reply).update();
        return reply;
    }

    private static String purpose(String lang, String purpose) {
        return switch (purpose + "/" + lang) {
            case "client record/fi" -> "asiakassivusi";
            case "client record/sv" -> "din klientsida";
            case "client account invitation/fi" -> "kutsu omille sivuillesi";
            default -> "inbjudan till dina egna sidor";
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void aClientAsksForACorrectionWithNothingLostAndTheTeamLeaderCorrectsIt(String lang) {
        UUID client = client("Työ varastossa " + lang);
        String username = clientAccount(client);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.chooseLanguage(lang);
        browser.logIn(username, users);
        assertThat(browser.path()).isEqualTo("/me");
        browser.visit("/me");
        String tooLong = "Haluan tehdä iltavuoroja. ".repeat(90);
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.driver().findElement(By.id("comment")),
                tooLong);
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("comment-error")).getText()).isNotBlank();
        assertThat(browser.driver().findElement(By.id("comment")).getAttribute("value")).isEqualTo(tooLong);
        assertThat(browser.scrollsSideways()).isFalse();

        browser.visit("/me/requests");
        browser.driver().findElement(By.cssSelector("label[for=kind-RECTIFICATION]")).click();
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("details-error")).getText()).isNotBlank();
        browser.type("details", "Sukunimeni on Selain-Sukunimi");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("my-requests")).getText())
                .contains(Map.of("fi", "Korjaa tietojani", "sv", "Rätta mina uppgifter", "en", "Correct my data").get(lang));
        browser.logOut();

        browser.logIn("teamleader", users);
        browser.visit("/rights-requests");
        UUID request = jdbc.sql("select id from rights_request where client_id = ?").param(client).query(UUID.class)
                .single();
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#rights-queue a[href$='" + request + "']")));
        browser.checkPage();
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("field"))).selectByValue("LAST_NAME");
        browser.type("newValue", "Selain-Sukunimi");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("form[action$='/correction'] button")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("reason-error")).getText()).isNotBlank();
        assertThat(browser.driver().findElement(By.id("newValue")).getAttribute("value")).isEqualTo("Selain-Sukunimi");
        browser.type("reason", "Asiakkaan pyyntö " + lang);
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("form[action$='/correction'] button")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("corrections")).getText()).contains("Selain → Selain-Sukunimi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void aClientAnswersADueQuestionnaireFromTheirPageAndItLeavesTheList(String lang) {
        UUID client = client("Työ puistossa " + lang);
        jdbc.sql("update cooperation_agreement set agreed_on = ? where client_id = ?")
                .params(java.time.LocalDate.now(users.clock())
                        .minusDays(fi.placera.platform.IpsModel.FIRST_QUESTIONNAIRES_DAYS_AFTER_ENROLMENT + 3), client)
                .update();
        String username = clientAccount(client);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.chooseLanguage(lang);
        browser.logIn(username, users);
        browser.visit("/me");
        browser.checkPage();
        List<String> due = browser.driver().findElements(By.cssSelector("#questionnaires input[name=instrument]"))
                .stream().map(input -> input.getAttribute("value")).toList();
        assertThat(due).containsExactlyInAnyOrder("WHO-5", "PHQ-9", "GAD-7", "MHI-5", "WHODAS-12");
        assertThat(browser.driver().findElement(By.id("questionnaires")).getText())
                .contains(lang.equals("fi") ? "myöhässä" : "försenad");
        assertThat(browser.scrollsSideways()).isFalse();

        browser.clickAndWait(browser.driver().findElement(By.xpath(
                "//ul[@id='questionnaires']/li[.//input[@name='instrument' and @value='WHO-5']]//button")));
        browser.checkPage();
        assertThat(browser.path()).matches("/q/[A-Za-z0-9_-]{43}");
        assertThat(browser.language()).isEqualTo(lang);
        for (int item = 1; item <= 5; item++) {
            browser.driver().findElement(By.cssSelector("label[for='item-" + item + "-3']")).click();
        }
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("button[name=submit][value=true]")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("thanks")).isDisplayed()).isTrue();

        browser.visit("/me");
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("#questionnaires input[name=instrument]")).stream()
                .map(input -> input.getAttribute("value")).toList())
                .containsExactlyInAnyOrder("PHQ-9", "GAD-7", "MHI-5", "WHODAS-12");
        assertThat(jdbc.sql("""
                        select count(*) from evaluation_response r join evaluation_instrument i on i.id = r.instrument_id
                        where r.client_id = ? and i.code = 'WHO-5' and r.state = 'SUBMITTED' and r.timepoint = 'BASELINE'""")
                .param(client).query(Integer.class).single()).isEqualTo(1);
    }

    /** The code in the newest mail to the address, as the relay would deliver it. */
    private String lastCode(String address) {
        String body = jdbc.sql("select arguments[1] from mail_outbox where recipient = ? order by created_at desc limit 1")
                .param(address).query(String.class).single();
        Matcher code = Pattern.compile("\\b(\\d{8})\\b").matcher(body);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void aClientWithoutAnAuthenticatorAppLogsInWithACodeByEmail(String lang) {
        UUID client = client("Työ leipomossa " + lang);
        String username = clientAccount(client);
        jdbc.sql("delete from mfa_credential where account_id = (select id from user_account where username = ?)")
                .param(username).update();
        String address = username.replace('.', '-') + "." + lang + "@example.fi";
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.chooseLanguage(lang);
        browser.logInWithPassword(username, fi.placera.testing.DemoUsers.PASSWORD);
        assertThat(browser.path()).isEqualTo("/mfa/enrol");
        browser.checkPage();
        browser.type("email", "nimi@palvelin");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("form[action$='/mfa/enrol/email'] button")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("email-error")).getText()).isNotBlank();
        assertThat(browser.driver().findElement(By.id("email")).getAttribute("value")).isEqualTo("nimi@palvelin");
        browser.type("email", address);
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("form[action$='/mfa/enrol/email'] button")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("code-sent")).getText()).contains(address);
        browser.type("code", lastCode(address));
        browser.submit();
        assertThat(browser.path()).isEqualTo("/me");
        browser.checkPage();
        assertThat(browser.scrollsSideways()).isFalse();
        browser.logOut();

        users.clock().advance(Duration.ofSeconds(61));
        browser.logInWithPassword(username, fi.placera.testing.DemoUsers.PASSWORD);
        assertThat(browser.path()).isEqualTo("/mfa");
        browser.checkPage();
        browser.clickAndWait(browser.driver().findElement(By.id("send-code")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("code-sent")).isDisplayed()).isTrue();
        browser.type("code", lastCode(address));
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("form[action$='/mfa'] button[type=submit]")));
        assertThat(browser.path()).isEqualTo("/me");
        assertThat(browser.language()).isEqualTo(lang);
    }
}
