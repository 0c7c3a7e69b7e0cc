package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import fi.placera.statutory.AccessibilityChecks;
import fi.placera.testing.DemoUsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statutory pages in a real browser: axe-clean in Finnish, Swedish and English for anyone, the feedback form sent
 * by keyboard-free typing and confirmed in the reader's language, the statement's rule list equal to the rules axe
 * itself runs for the build's tags, and the footer links on pages of every kind of user.
 */
class StatutoryBrowserIT extends BrowserTestBase {

    private static final String DEMO_FEEDBACK = "6a1f0000-0000-4000-8000-000000000901";
    private static final List<String> FOOTER = List.of("/accessibility", "/privacy", "/help");

    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void theStatutoryPagesAreAxeCleanInEveryLanguage(String lang) {
        browser.chooseLanguage(lang);
        for (String page : List.of("/accessibility", "/accessibility/17", "/privacy", "/privacy/17", "/help",
                "/help/coach", "/help/team-leader", "/help/care-team-member", "/help/manager", "/help/evaluator",
                "/help/administrator", "/help/client")) {
            browser.visit(page);
            assertThat(browser.language()).as(page).isEqualTo(lang);
        }
        browser.visit("/accessibility/17");
        String message = "Browser feedback " + lang + " " + UUID.randomUUID();
        browser.type("message", message);
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#feedback button[type=submit]")));
        assertThat(browser.path()).isEqualTo("/accessibility/17?sent");
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("feedback-sent")).getText()).isNotBlank();
        assertThat(jdbc.sql("select language from accessibility_feedback where message = ?").param(message)
                .query(String.class).single()).isEqualTo(lang);
    }

    @Test
    void theStatementListsExactlyTheRulesAxeRunsForTheBuildsTags() {
        AccessibilityChecks checks = AccessibilityChecks.load();
        browser.visit("/accessibility/17");
        assertThat(browser.axeVersion()).isEqualTo(checks.axeVersion());
        assertThat(browser.axeRuleIds()).containsExactlyInAnyOrderElementsOf(checks.ruleIds());
        assertThat(browser.driver().findElements(By.cssSelector("#statement-rules code")))
                .hasSize(checks.rules().size());
    }

    /** The scans can fail: a page with an image without a text alternative and a field without a label does. */
    @Test
    void theScanFindsTheViolationsOfAFaultyPage() {
        String faulty = "<!doctype html><html lang=\"fi\"><head><title>Virheellinen</title></head><body><main>"
                + "<h1>Virheellinen</h1><img src=\"kuva.png\"><input type=\"text\"></main></body></html>";
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(faulty, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        assertThat(browser.axeViolations()).extracting(Rule::getId).contains("image-alt", "label");
    }

    @Test
    void theFooterLinksTheStatutoryPagesOnPagesOfEveryKindOfUser() {
        browser.visit("/login");
        assertFooter();

        browser.logIn("coach1", users);
        for (String page : List.of("/week", "/clients", "/employers")) {
            browser.visit(page);
            assertFooter();
        }
        browser.clickAndWait(browser.driver().findElement(By.id("footer-accessibility")));
        assertThat(browser.path()).as("the coach's own area").isEqualTo("/accessibility/17");
        browser.checkPage();
        browser.logOut();

        browser.logIn("manager", users);
        browser.visit("/reports/outcomes");
        assertFooter();
        browser.clickAndWait(browser.driver().findElement(By.id("footer-help")));
        assertThat(browser.driver().findElements(By.cssSelector("#help-own a"))).isNotEmpty();
        browser.checkPage();
        browser.logOut();

        browser.logIn("admin", users);
        for (String page : List.of("/admin/teams", "/admin/accessibility-feedback",
                "/admin/accessibility-feedback/" + DEMO_FEEDBACK, "/admin/privacy", "/admin/privacy/17")) {
            browser.visit(page);
            assertFooter();
        }
        browser.clickAndWait(browser.driver().findElement(By.id("footer-privacy")));
        assertThat(browser.path()).as("a national administrator chooses the area").isEqualTo("/privacy");
        browser.checkPage();
        browser.logOut();

        String client = clientWithAuthenticator();
        browser.logIn(client, users);
        browser.visit("/me");
        assertFooter();
        browser.clickAndWait(browser.driver().findElement(By.id("portal-privacy")));
        assertThat(browser.path()).isEqualTo("/privacy/17");
        browser.checkPage();
    }

    private void assertFooter() {
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("footer a")).stream()
                .map(link -> link.getDomAttribute("href")).toList()).as(browser.path()).isEqualTo(FOOTER);
    }

    /** A client account of the demo area that signs in with the demo authenticator, as an enrolled client does. */
    private String clientWithAuthenticator() {
        String username = users.newClientAccount();
        jdbc.sql("""
                        insert into mfa_credential (account_id, secret, enrolled_at)
                        select id, ?, now() from user_account where username = ?""")
                .params(DemoUsers.TOTP_SECRET, username).update();
        return username;
    }
}
