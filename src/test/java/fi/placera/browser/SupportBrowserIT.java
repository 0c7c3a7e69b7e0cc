package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.Given;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A job start proposes the support schedule, support contacts meet it, and a job end makes a contact due
 * within three days — in Finnish and Swedish, every page checked with axe.
 */
class SupportBrowserIT extends BrowserTestBase {

    @Autowired Given given;

    private void submit(String action) {
        WebElement form = browser.driver().findElement(By.cssSelector("form[action$='" + action + "']"));
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void fromAJobStartThroughSupportContactsToAJobEnd(String lang) throws Exception {
        String suffix = lang + "-" + UUID.randomUUID().toString().substring(0, 6);
        // the job is recorded on its start day, today, so that its whole schedule is proposed (decision 0062)
        String today = java.time.LocalDate.now(users.clock()).format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
        String inThreeDays = java.time.LocalDate.now(users.clock()).plusDays(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
        String client = "/clients/" + given.client("coach2").named("Oskar", "Stöd-" + suffix).agreedOn("5.1.2026")
                .working(given.employer("Tukityö " + suffix), today).create();
        browser.chooseLanguage(lang);
        browser.logIn("coach2", users);

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
