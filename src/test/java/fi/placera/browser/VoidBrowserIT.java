package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 24 §6: a job recorded by mistake is voided from its card with a reason, and the jobs page then shows it in
 * the history of corrections and voids instead of among the jobs — checked with axe.
 */
class VoidBrowserIT extends BrowserTestBase {

    @Test
    void aCoachVoidsAJobRecordedByMistakeAndSeesItInTheHistory() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String today = LocalDate.now(users.clock()).format(DateTimeFormatter.ofPattern("d.M.uuuu"));
        browser.chooseLanguage("fi");
        browser.logIn(users.newCoachWhoSignsIn(), users);
        browser.visit("/employers/new");
        browser.type("name", "Mitätöinti " + suffix);
        browser.submit();
        browser.visit("/clients/new");
        browser.type("firstName", "Veera");
        browser.type("lastName", "Väärä-" + suffix);
        browser.submit();
        String client = browser.path();
        browser.visit(client + "/referral");
        browser.openForm("/agreement");
        browser.type("agreedOn", "5.1.2026");
        browser.driver().findElement(By.id("how-STRONG_IDENTIFICATION")).click();
        submit("/agreement");

        browser.visit(client + "/jobs");
        browser.openForm("/jobs");
        new Select(browser.driver().findElement(By.id("employerId"))).selectByVisibleText("Mitätöinti " + suffix);
        browser.type("jobTitle", "Väärä työ " + suffix);
        browser.type("jobStartedOn", today);
        browser.type("hoursPerWeek", "20");
        submit("/jobs");
        assertThat(browser.driver().findElement(By.id("jobs-heading")).findElement(By.xpath("..")).getText())
                .contains("Väärä työ " + suffix);

        WebElement form = browser.driver().findElement(By.cssSelector("form[action$='/void']"));
        form.findElement(By.xpath("../summary")).click();
        form.findElement(By.cssSelector("textarea[name=voidReason]")).sendKeys("Kirjattu väärälle asiakkaalle");
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();

        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/void']"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("revisions")).getText())
                .contains("Mitätöity", "Väärä työ " + suffix, "Kirjattu väärälle asiakkaalle");
        assertThat(browser.text()).contains("Töitä ei ole vielä kirjattu.");
    }

    private void submit(String action) {
        WebElement form = browser.driver().findElement(By.cssSelector("form[action$='" + action + "']"));
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
    }
}
