package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import fi.placera.testing.WebSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 22 §2, done when: the invitation-to-plan walk entirely in Swedish. A client recorded as Swedish-speaking opens
 * the invitation on a phone whose browser was last used in Finnish, creates the account, enrols the authenticator,
 * sees the recovery codes, lands on their own pages and opens "Min plan" — every page {@code lang="sv"}, without Finnish
 * text, axe-clean; the language switch then still changes the language.
 */
class SwedishInvitationBrowserIT extends BrowserTestBase {

    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";
    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");
    private static final String PASSPHRASE = "blå cykel vid sjön";
    private static final String GOALS = "Arbete på ett kafé på morgnarna";
    /** Texts of the Finnish pages on the way; none may show (the switch's own "Suomeksi" is the Finnish option). */
    private static final List<String> FINNISH = List.of("Luo tunnukseni", "Kirjaudu", "Ota todennussovellus",
            "Varakoodisi", "Jatka Placeraan", "Suunnitelmani", "Suostumukseni", "Oikeuteni", "Etusivu",
            "Vaihda salasana", "IPS-palvelujen ohjelmisto", "Hei, ");

    @Autowired JdbcClient jdbc;

    /** A Swedish-speaking client of the demo team with an agreement and a plan. */
    private UUID swedishClient() {
        UUID client = UUID.randomUUID();
        UUID recorder = jdbc.sql("select id from user_account where username = 'teamleader'").query(UUID.class).single();
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, preferred_language, ips_team_id, version)
                        values (?, 17, 'Stina', 'Svensk', 'sv', ?::uuid, 0)""").params(client, DEMO_TEAM).update();
        jdbc.sql("""
                        insert into cooperation_agreement (id, client_id, area_id, agreed_on, how_agreed, recorded_by)
                        values (?, ?, 17, date '2026-01-02', 'PAPER_SIGNATURE', ?)""")
                .params(UUID.randomUUID(), client, recorder).update();
        jdbc.sql("""
                        insert into action_plan (id, client_id, area_id, started_on, goals, steps, version)
                        values (?, ?, 17, date '2026-01-02', ?, 'Jag provar på ett arbete', 0)""")
                .params(UUID.randomUUID(), client, GOALS).update();
        return client;
    }

    /** The page the browser is on: axe-clean, no raw keys, Swedish, and no Finnish text. */
    private void assertSwedishPage() {
        browser.checkPage();
        assertThat(browser.language()).as("lang of %s", browser.path()).isEqualTo("sv");
        String text = browser.text();
        for (String finnish : FINNISH) {
            assertThat(text).as("Finnish on %s", browser.path()).doesNotContain(finnish);
        }
    }

    @Test
    void theInvitationToPlanWalkIsEntirelyInSwedish() throws Exception {
        UUID client = swedishClient();
        WebSession teamLeader = new WebSession(port);
        teamLeader.logIn("teamleader", users);
        Matcher link = LINK.matcher(teamLeader.post("/clients/" + client + "/portal-invite", Map.of()).body());
        assertThat(link.find()).isTrue();

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.chooseLanguage("fi");
        assertThat(browser.language()).as("the phone was last used in Finnish").isEqualTo("fi");

        browser.visit("/invite/" + link.group(1));
        assertSwedishPage();
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Skapa ditt konto");
        String username = "stina.sv." + client.toString().substring(0, 6);
        browser.type("username", username);
        browser.type("passphrase", PASSPHRASE);
        browser.type("repeated", PASSPHRASE);
        browser.submit();
        assertThat(browser.path()).isEqualTo("/login?welcome");
        assertSwedishPage();
        assertThat(browser.text()).contains("Ditt konto är klart");

        browser.type("username", username);
        browser.type("password", PASSPHRASE);
        browser.submit();
        assertThat(browser.path()).isEqualTo("/mfa/enrol");
        assertSwedishPage();
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Ta i bruk en autentiseringsapp");
        String secret = browser.driver().findElement(By.cssSelector("code.secret")).getText();
        users.clock().advance(Duration.ofSeconds(30));
        browser.type("code", new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                .generate(secret, users.clock().instant().getEpochSecond() / 30));
        browser.submit();
        assertSwedishPage();
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Dina reservkoder");

        browser.clickAndWait(browser.driver().findElement(By.cssSelector("main a.button")));
        assertThat(browser.path()).isEqualTo("/me");
        assertSwedishPage();
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("nav.portal-nav a[href$='/me']")));
        assertThat(browser.path()).isEqualTo("/me");
        assertSwedishPage();
        assertThat(browser.driver().findElement(By.cssSelector("nav.portal-nav a[aria-current=page]")).getText())
                .isEqualTo("Min plan");
        assertThat(browser.driver().findElement(By.id("plan-goals")).getText()).isEqualTo(GOALS);
        assertThat(browser.scrollsSideways()).isFalse();

        // the switch still wins, and keeps winning on the next page
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("nav.languages a[hreflang=fi]")));
        browser.checkPage();
        assertThat(browser.language()).isEqualTo("fi");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("nav.portal-nav a[href$='/me/consents']")));
        browser.checkPage();
        assertThat(browser.language()).isEqualTo("fi");
        assertThat(browser.text()).contains("Suostumukseni");
    }
}
