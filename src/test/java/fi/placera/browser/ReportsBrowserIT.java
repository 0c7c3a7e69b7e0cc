package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The outcome report as its readers meet it: the team leader in full, the manager for the welfare area with
 * small cells suppressed, the evaluator for the country; quarter shortcuts, charts with their data tables, and a
 * period typed the wrong way round — every page checked with axe.
 */
class ReportsBrowserIT extends BrowserTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void eachReaderSeesTheReportTheyMay(String lang) {
        browser.chooseLanguage(lang);
        browser.logIn("teamleader", users);
        browser.visit("/reports/outcomes");
        assertThat(browser.driver().findElements(By.cssSelector("#outcome-figures tbody tr"))).hasSize(21);
        assertThat(browser.driver().findElements(By.cssSelector("table.chart-data"))).hasSize(3);
        assertThat(browser.driver().findElements(By.id("suppression-note"))).isEmpty();
        browser.clickAndWait(browser.driver().findElements(By.cssSelector("nav .inline-list a")).get(1));
        browser.checkPage();
        browser.type("from", "31.12.2026");
        browser.type("to", "1.1.2026");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("to-error")).getText()).isNotBlank();
        assertThat(browser.driver().findElement(By.id("from")).getAttribute("value")).isEqualTo("31.12.2026");
        browser.logOut();

        browser.logIn("manager", users);
        browser.visit("/reports/outcomes");
        assertThat(browser.driver().findElement(By.id("suppression-note")).isDisplayed()).isTrue();
        assertThat(new Select(browser.driver().findElement(By.id("subject"))).getOptions()).hasSizeGreaterThan(1);
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("nav a[href='/evaluation/area']")));
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("section.area-team table caption"))).isNotEmpty();
        browser.logOut();

        browser.logIn("evaluator", users);
        browser.visit("/reports/outcomes");
        assertThat(browser.driver().findElement(By.id("suppression-note")).isDisplayed()).isTrue();
        assertThat(browser.language()).isEqualTo(lang);
    }
}
