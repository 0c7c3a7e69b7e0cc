package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The team leader opens a fidelity review of the demo team, finds Placera's proposals on the form, is refused
 * agreeing on a review with unscored items (the reviewers typed stay), and opens the review's report with its
 * charts and their tables — in Finnish, Swedish and English, every page checked with axe.
 */
class FidelityBrowserIT extends BrowserTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void aReviewOpensWithProposalsAndHasAReport(String lang) {
        browser.chooseLanguage(lang);
        browser.logIn("teamleader", users);
        browser.visit("/fidelity");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("a[href*='/fidelity/new']")));
        browser.checkPage();
        browser.type("from", "1.1.2026");
        browser.type("to", "30.6.2026");
        browser.type("reviewers", "Arvioija " + lang + "\nUlkoinen arvioija");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("main fieldset[id^=item-]"))).hasSize(25);
        assertThat(browser.driver().findElement(By.id("proposal-S1")).getText()).startsWith("Placera");

        browser.clickAndWait(browser.driver().findElement(By.cssSelector("button[value=AGREE]")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.cssSelector("main .alert--error")).getText()).contains("S3");
        assertThat(browser.driver().findElement(By.id("reviewers")).getAttribute("value"))
                .isEqualTo("Arvioija " + lang + "\nUlkoinen arvioija");

        browser.clickAndWait(browser.driver().findElement(By.cssSelector("main a[href$='/report']")));
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("#chart-profile-data tbody tr"))).hasSize(25);
        assertThat(browser.driver().findElements(By.cssSelector("#chart-trend-data tbody tr"))).isNotEmpty();
        assertThat(browser.language()).isEqualTo(lang);
    }
}
