package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The team leader runs a fidelity review of the demo team from draft to published: finds Placera's proposals on
 * the form and the records behind one of them, is refused agreeing on a review with unscored items (the reviewers
 * typed stay), scores the rest with one reviewer's own score, agrees, is refused publishing weak items without an
 * action plan, adds the plans, publishes, and reads the report with its charts, tables and PDF — in Finnish,
 * Swedish and English, every page checked with axe.
 */
class FidelityBrowserIT extends BrowserTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void aReviewGoesFromDraftToPublishedWithItsReport(String lang) {
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
        String review = browser.path();
        assertThat(browser.driver().findElements(By.cssSelector("main fieldset[id^=item-]"))).hasSize(25);
        assertThat(browser.driver().findElement(By.id("proposal-S1")).getText()).startsWith("Placera");

        browser.clickAndWait(browser.driver().findElement(By.id("records-S1")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("item-heading")).getText()).startsWith("S1 ");
        // the demo team's records may be empty in tests: the page then says so instead of showing a table
        assertThat(browser.driver().findElements(By.cssSelector("#evidence-records, #no-records"))).hasSize(1);
        browser.visit(review);

        browser.clickAndWait(browser.driver().findElement(By.cssSelector("button[value=AGREE]")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.cssSelector("main .alert--error")).getText()).contains("O2");
        assertThat(browser.driver().findElement(By.id("reviewers")).getAttribute("value"))
                .isEqualTo("Arvioija " + lang + "\nUlkoinen arvioija");

        for (WebElement score : scores()) {
            if (score.getAttribute("value").isEmpty()) {
                new Select(score).selectByValue("4");
            }
        }
        new Select(browser.driver().findElement(By.id("reviewer-score-O2-0"))).selectByValue("3");
        new Select(browser.driver().findElement(By.id("reviewer-score-O2-1"))).selectByValue("5");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("button[value=AGREE]")));
        browser.checkPage();
        assertThat(browser.path()).endsWith("?saved");
        assertThat(browser.driver().findElements(By.cssSelector("main .alert--error"))).isEmpty();

        List<String> weak = scores().stream().filter(score -> Integer.parseInt(score.getAttribute("value")) < 4)
                .map(score -> score.getAttribute("id").substring("score-".length())).toList();
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("button[value=PUBLISH]")));
        browser.checkPage();
        if (!weak.isEmpty()) {
            assertThat(browser.driver().findElements(By.id("action-" + weak.get(0) + "-error"))).hasSize(1);
            for (String code : weak) {
                browser.type("action-" + code, "Tiimikokous " + code);
                browser.type("owner-" + code, "Tiimin esihenkilö");
                browser.type("due-" + code, "31.12.2026");
            }
            browser.clickAndWait(browser.driver().findElement(By.cssSelector("button[value=PUBLISH]")));
            browser.checkPage();
        }

        assertThat(browser.path()).endsWith("/report");
        assertThat(browser.driver().findElements(By.id("read-only"))).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("#chart-profile-data tbody tr"))).hasSize(25);
        assertThat(browser.driver().findElements(By.cssSelector("#chart-trend-data tbody tr"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#action-plan tbody tr"))).hasSize(weak.size());
        assertThat(browser.driver().findElement(By.xpath("//table[@id='reviewer-scores']//tr[th='O2']")).getText())
                .isEqualTo("O2 3 5 4");
        String pdf = browser.driver().findElement(By.cssSelector("main a[href$='/report.pdf']")).getAttribute("href");
        Object fetched = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(response => response.arrayBuffer().then(body => done(response.status + ' '
                    + response.headers.get('content-type') + ' ' + new TextDecoder().decode(body.slice(0, 4)))));""",
                pdf);
        assertThat(fetched).isEqualTo("200 application/pdf %PDF");
        assertThat(browser.language()).isEqualTo(lang);
    }

    private static List<WebElement> scores() {
        return browser.driver().findElements(By.cssSelector("main select[id^=score-]"));
    }
}
