package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A job start proposes the support schedule, support contacts meet it, and a job end makes a contact due
 * within three days — in Finnish and Swedish, every page checked with axe.
 */
class SupportBrowserIT extends BrowserTestBase {

    private void submit(String action) {
        WebElement form = browser.driver().findElement(By.cssSelector("form[action$='" + action + "']"));
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void fromAJobStartThroughSupportContactsToAJobEnd(String lang) {
        String suffix = lang + "-" + UUID.randomUUID().toString().substring(0, 6);
        // the job is recorded on its start day, today, so that its whole schedule is proposed (decision 0062)
        String today = java.time.LocalDate.now(users.clock()).format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
        String inThreeDays = java.time.LocalDate.now(users.clock()).plusDays(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
        browser.chooseLanguage(lang);
        browser.logIn("coach2", users);
        browser.visit("/employers/new");
        browser.type("name", "Tukityö " + suffix);
        browser.submit();

        browser.visit("/clients/new");
        browser.type("firstName", "Oskar");
        browser.type("lastName", "Stöd-" + suffix);
        browser.submit();
        String client = browser.path();
        browser.visit(client + "/referral");
        browser.openForm("/agreement");
        browser.type("agreedOn", "5.1.2026");
        browser.driver().findElement(By.id("how-STRONG_IDENTIFICATION")).click();
        submit("/agreement");

        browser.visit(client + "/jobs");
        browser.openForm("/jobs");
        new Select(browser.driver().findElement(By.id("employerId"))).selectByVisibleText("Tukityö " + suffix);
        browser.type("jobStartedOn", today);
        browser.type("hoursPerWeek", "20");
        submit("/jobs");

        browser.visit(client + "/support");
        assertThat(browser.driver().findElements(By.cssSelector(".table-wrap tbody tr")))
                .hasSizeGreaterThanOrEqualTo(17);
        browser.type("supportContactedOn", today);
        browser.driver().findElement(By.id("onTheJob")).click();
        browser.driver().findElement(By.id("with-EMPLOYER")).click();
        browser.type("naturalSupports", "Vuoroesimies " + suffix);
        submit("/support/contacts");
        assertThat(browser.text()).contains("Vuoroesimies " + suffix);

        browser.visit(client + "/jobs");
        browser.driver().findElement(By.cssSelector("form[action$='/end']")).findElement(By.xpath("..")).click();
        WebElement end = browser.driver().findElement(By.cssSelector("form[action$='/end']"));
        end.findElement(By.cssSelector("input[name=jobEndedOn]")).sendKeys(today);
        browser.clickAndWait(end.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();

        browser.visit(client + "/support");
        assertThat(browser.text()).contains(today + " – " + inThreeDays);
        assertThat(browser.language()).isEqualTo(lang);
    }
}
