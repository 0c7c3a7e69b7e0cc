package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A coach records an employer, a contact about a client on a phone (in well under 30 seconds), an employer
 * agreement, and the client's job start and end — in Finnish and Swedish, every page checked with axe.
 */
class EmployersBrowserIT extends BrowserTestBase {

    private void submit(String action) {
        WebElement form = browser.driver().findElement(By.cssSelector("form[action$='" + action + "']"));
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
    }

    private void choose(String id, String text) {
        new Select(browser.driver().findElement(By.id(id))).selectByVisibleText(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void employerContactAgreementAndJob(String lang) {
        String suffix = lang + "-" + UUID.randomUUID().toString().substring(0, 6);
        browser.chooseLanguage(lang);
        browser.logIn("coach1", users);

        browser.visit("/clients/new");
        browser.type("firstName", "Emma");
        browser.type("lastName", "Työnhaku-" + suffix);
        browser.submit();
        String clientPath = browser.path();
        browser.visit(clientPath + "/referral");
        browser.openForm("/agreement");
        browser.type("agreedOn", "5.1.2026");
        browser.driver().findElement(By.id("how-PAPER_SIGNATURE")).click();
        submit("/agreement");

        browser.visit("/employers/new");
        browser.type("name", "Vaasan Kirjakauppa " + suffix);
        browser.type("businessId", "0112038-8");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("businessId-error")).getText()).isNotBlank();
        browser.type("businessId", "");
        browser.type("needs", "Tarvitsee myyjiä joulusesongiksi");
        browser.submit();
        browser.checkPage();
        String employerPath = browser.path();
        String employerId = employerPath.substring("/employers/".length());
        assertThat(browser.text()).contains("Vaasan Kirjakauppa " + suffix);

        // a contact about Emma tells the employer about her: her consent to this employer comes first
        browser.visit(clientPath + "/consents");
        browser.openForm("/consents");
        new Select(browser.driver().findElement(By.id("party"))).selectByValue("EMPLOYER:" + employerId);
        browser.driver().findElement(By.id("kind-EMPLOYMENT")).click();
        browser.type("validFrom", "5.1.2026");
        submit("/consents");
        assertThat(browser.driver().findElement(By.id("consents-heading")).findElement(By.xpath(".."))
                .getText()).contains("Vaasan Kirjakauppa " + suffix);

        browser.phoneSize();
        Instant began = Instant.now();
        browser.visit("/employer-contacts/new?employer=" + employerId);
        choose("clientId", "Emma Työnhaku-" + suffix);
        // htmx brings her disclosure preference beside the choice (no profile yet: not decided)
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.id("disclosure-preference-value")).isEmpty());
        assertThat(browser.driver().findElement(By.id("disclosure-preference-value")).getText())
                .isEqualTo(lang.equals("fi") ? "Ei vielä päätetty" : "Inte bestämt ännu");
        Instant scanned = Instant.now();
        browser.checkPage();
        Duration scanning = Duration.between(scanned, Instant.now()); // the axe scan is the test's, not the coach's
        browser.driver().findElement(By.id("purpose-ABOUT_CLIENT")).click();
        browser.driver().findElement(By.id("clientPresent")).click();
        new Select(browser.driver().findElement(By.id("followedPreference"))).selectByValue("true");
        browser.type("outcome", "Haastattelu sovittu");
        String nextStepOn = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(7)
                .format(DateTimeFormatter.ofPattern("d.M.uuuu"));
        browser.type("nextStep", "Soita esihenkilölle");
        browser.type("nextStepOn", nextStepOn);
        submit("/employer-contacts");
        Duration took = Duration.between(began, Instant.now()).minus(scanning);
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(browser.scrollsSideways()).isFalse();
        assertThat(browser.text()).contains("Haastattelu sovittu", "Emma Työnhaku-" + suffix,
                nextStepOn + ": Soita esihenkilölle");
        browser.desktopSize();

        browser.type("agreedOn", "6.1.2026");
        browser.type("supports", "Perehdytys ja nimetty työkaveri");
        browser.type("subsidies", "Palkkatuki");
        browser.type("followUpOn", "6.2.2026");
        submit("/agreements");
        assertThat(browser.text()).contains("Perehdytys ja nimetty työkaveri");

        browser.visit(clientPath + "/jobs");
        browser.openForm("/jobs");
        choose("employerId", "Vaasan Kirjakauppa " + suffix);
        browser.type("jobTitle", "Myyjä");
        browser.type("jobStartedOn", "12.1.2026");
        browser.type("hoursPerWeek", "25");
        submit("/jobs");
        assertThat(browser.text()).contains("Vaasan Kirjakauppa " + suffix + ": Myyjä");
        browser.driver().findElement(By.cssSelector("form[action$='/end']")).findElement(By.xpath("..")).click();
        WebElement endForm = browser.driver().findElement(By.cssSelector("form[action$='/end']"));
        WebElement endDate = endForm.findElement(By.cssSelector("input[name=jobEndedOn]"));
        endDate.sendKeys("28.2.2026");
        browser.clickAndWait(endForm.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
        assertThat(browser.text()).contains("12.1.2026 – 28.2.2026");
        assertThat(browser.language()).isEqualTo(lang);
    }
}
