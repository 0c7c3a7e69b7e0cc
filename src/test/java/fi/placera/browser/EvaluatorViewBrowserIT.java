package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The evaluator opens a study's comparison of areas and teams, then switches from years to quarters with the
 * keyboard-operable form — in Finnish and Swedish, every page checked with axe. And a self-evaluation's way to THL:
 * the team leader submits the team's, the manager the area's assembling it, the evaluator acknowledges it.
 */
class EvaluatorViewBrowserIT extends BrowserTestBase {

    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void theEvaluatorComparesTheStudysAreasByYearAndByQuarter(String lang) {
        long study = studyOfTheDemoArea();
        browser.chooseLanguage(lang);
        browser.logIn("evaluator", users);
        browser.visit("/research/studies/" + study);
        browser.clickAndWait(browser.driver().findElement(By.id("overview-link")));
        browser.checkPage();
        assertThat(browser.path()).isEqualTo("/research/studies/" + study + "/overview");
        assertThat(browser.language()).isEqualTo(lang);
        assertThat(browser.driver().findElements(By.cssSelector("#compare-served thead th"))).hasSize(3);
        assertThat(browser.driver().findElement(By.id("teams")).getText()).isNotBlank();

        new Select(browser.driver().findElement(By.id("by"))).selectByValue("QUARTER");
        browser.submit();
        browser.checkPage();
        assertThat(browser.path()).contains("by=QUARTER");
        assertThat(browser.driver().findElements(By.cssSelector("#compare-served thead th"))).hasSize(9);
    }

    @org.junit.jupiter.api.Test
    void aTeamsAndTheAreasSelfEvaluationsReachTheEvaluator() {
        long study = studyOfTheDemoArea();
        String worked = "Selaimen oppi " + UUID.randomUUID().toString().substring(0, 8);
        browser.chooseLanguage("fi");
        browser.logIn("teamleader", users);
        browser.visit("/evaluation/self-reports/new");
        write(worked);
        submitForThl();
        browser.logOut();

        browser.logIn("manager", users);
        browser.visit("/evaluation/area");
        browser.checkPage();
        browser.clickAndWait(browser.driver().findElement(By.id("new-area-report")));
        browser.checkPage();
        write("Alueen " + worked);
        assertThat(browser.driver().findElements(By.cssSelector(".self-report-team .what-worked")).stream()
                .map(org.openqa.selenium.WebElement::getText)).contains(worked);
        String areaReport = browser.path().replaceAll("\\?.*", "").replaceAll(".*/", "");
        submitForThl();
        browser.logOut();

        browser.logIn("evaluator", users);
        browser.visit("/research/studies/" + study);
        browser.clickAndWait(browser.driver().findElement(By.id("reports-link")));
        browser.checkPage();
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#study-report-" + areaReport + " a")));
        browser.checkPage();
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("form[action$='/acknowledge'] button")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.cssSelector(".self-report-state")).getText()).contains("kuittasi");
    }

    /** Types a report of the first half of 2019 on the open form and saves it. */
    private void write(String worked) {
        browser.type("from", "1.1.2019");
        browser.type("to", "30.6.2019");
        browser.type("whatWorked", worked);
        browser.submit();
        browser.checkPage();
    }

    private void submitForThl() {
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("form[action$='/submit'] button")));
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/submit']"))).isEmpty();
    }

    /** A study of the demo welfare area over 2025–2026 whose evaluator is the demo evaluator. */
    private long studyOfTheDemoArea() {
        long id = jdbc.sql("""
                        insert into research_study (name, basis_kind, basis_reference, period_from, period_to,
                            date_handling, linkage_permitted, created_by, created_at)
                        values (?, 'PERMIT', 'THL/1/2025', '2025-01-01', '2026-12-31', 'MONTH', false, ?, now())
                        returning id""")
                .params("Selaintutkimus " + UUID.randomUUID(), UUID.randomUUID()).query(Long.class).single();
        jdbc.sql("insert into research_study_area (study_id, area_id) values (?, 17)").params(id).update();
        jdbc.sql("""
                        insert into research_study_evaluator (study_id, account_id)
                        select ?, id from user_account where username = 'evaluator'""").params(id).update();
        return id;
    }
}
