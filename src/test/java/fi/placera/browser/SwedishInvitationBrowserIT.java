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

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");
    private static final String PASSPHRASE = "blå cykel vid sjön";
    private static final String GOALS = "Arbete på ett kafé på morgnarna";
    /** Texts of the Finnish pages on the way; none may show (the switch's own "Suomeksi" is the Finnish option). */
    private static final List<String> FINNISH = List.of("Luo tunnukseni", "Kirjaudu", "Ota todennussovellus",
            "Varakoodisi", "Jatka Placeraan", "Suunnitelmani", "Suostumukseni", "Oikeuteni", "Etusivu",
            "Vaihda salasana", "IPS-palvelujen ohjelmisto", "Hei, ");

    @Autowired JdbcClient jdbc;
    @Autowired DemoClients clients;

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
        UUID client = clients.withAgreement("Stina", "Svensk", "sv");
        clients.plan(client, GOALS, "Jag provar på ett arbete");
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
