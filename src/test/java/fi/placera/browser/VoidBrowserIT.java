package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.Given;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 24 §6: a job recorded by mistake is voided from its card with a reason, and the jobs page then shows it in
 * the history of corrections and voids instead of among the jobs — checked with axe.
 */
class VoidBrowserIT extends BrowserTestBase {

    @Autowired Given given;

    @Test
    void aCoachVoidsAJobRecordedByMistakeAndSeesItInTheHistory() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String today = LocalDate.now(users.clock()).format(DateTimeFormatter.ofPattern("d.M.uuuu"));
        String coach = users.newCoachWhoSignsIn();
        String employer = "Mitätöinti " + suffix;
        String client = "/clients/" + given.client(coach).named("Veera", "Väärä-" + suffix).agreedOn("5.1.2026")
                .working(given.employer(employer), today).create();
        browser.chooseLanguage("fi");
        browser.logIn(coach, users);
        browser.visit(client + "/jobs");
        assertThat(browser.driver().findElement(By.id("jobs-heading")).findElement(By.xpath("..")).getText())
                .contains(employer);

        WebElement form = browser.driver().findElement(By.cssSelector("form[action$='/void']"));
        form.findElement(By.xpath("../summary")).click();
        form.findElement(By.cssSelector("textarea[name=voidReason]")).sendKeys("Kirjattu väärälle asiakkaalle");
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();

        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/void']"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("revisions")).getText())
                .contains("Mitätöity", employer, "Kirjattu väärälle asiakkaalle");
        assertThat(browser.text()).contains("Töitä ei ole vielä kirjattu.");
    }

    @Test
    void aCoachCorrectsASupportContactAndVoidsItAndSeesBothInTheHistory() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String today = LocalDate.now(users.clock()).format(DateTimeFormatter.ofPattern("d.M.uuuu"));
        String coach = users.newCoachWhoSignsIn();
        String client = "/clients/" + given.client(coach).named("Tuomas", "Tuki-" + suffix).agreedOn("5.1.2026")
                .working(given.employer("Tukipaikka " + suffix), today).create();
        browser.chooseLanguage("fi");
        browser.logIn(coach, users);
        browser.visit(client + "/support");
        browser.type("supportContactedOn", today);
        browser.type("supportNote", "Puhelu " + suffix);
        WebElement record = browser.driver().findElement(By.cssSelector("form[action$='/support/contacts']"));
        browser.clickAndWait(record.findElement(By.cssSelector("button[type=submit]")));

        WebElement correct = browser.driver().findElement(By.cssSelector("form[action$='/correct']"));
        correct.findElement(By.xpath("../summary")).click();
        correct.findElement(By.cssSelector("textarea[name=correctedNote]")).sendKeys(" ja käynti");
        correct.findElement(By.cssSelector("textarea[name=correctionReason]")).sendKeys("Käynti puuttui");
        browser.clickAndWait(correct.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();

        WebElement form = browser.driver().findElement(By.cssSelector("#support-contacts form[action$='/void']"));
        form.findElement(By.xpath("../summary")).click();
        form.findElement(By.cssSelector("textarea[name=voidReason]")).sendKeys("Väärä asiakas");
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("revisions")).getText())
                .contains("Korjattu", "Puhelu " + suffix, "Käynti puuttui", "Mitätöity", "Väärä asiakas");
    }
}
