package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.Given;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing typed is lost on a session timeout (issue 28 §7, decision 0063), on a phone, in Finnish and Swedish: a coach
 * types a long action plan and an employer contact, the session ends, they press send, sign in again and are back on
 * the same form with everything they typed — and nothing is saved until they press send again.
 */
class KeptInputBrowserIT extends BrowserTestBase {

    private static final String SESSION_COOKIE = "__Host-placera";
    @Autowired JdbcClient jdbc;
    @Autowired Given given;

    private void submit(String action) {
        WebElement form = browser.driver().findElement(By.cssSelector("form[action$='" + action + "']"));
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
    }

    private String value(String id) {
        return browser.driver().findElement(By.id(id)).getDomProperty("value");
    }

    /** The session ends as it does after 30 idle minutes, as far as the browser can tell: its cookie is gone. */
    private void sessionEnds() {
        browser.driver().manage().deleteCookieNamed(SESSION_COOKIE);
    }

    /** Sends the form after the session ended, then signs in again: the browser is back on the page it came from. */
    private void sendAfterTheSessionEndedAndSignInAgain(String action, String lang) {
        String page = browser.path().replaceFirst("#.*", "");
        sessionEnds();
        submit(action);
        assertThat(browser.path()).startsWith("/login?expired");
        browser.logIn("coach1", users);
        browser.checkPage();
        assertThat(browser.path()).isEqualTo(page);
        WebElement notice = browser.driver().findElement(By.id("kept-input"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText()).isEqualTo(lang.equals("fi")
                ? "Istuntosi oli päättynyt. Kirjoittamasi on tallessa alla – tarkista se ja lähetä."
                : "Din session hade gått ut. Det du skrev finns kvar nedan – kontrollera det och skicka.");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("kept-input");
        assertThat(browser.scrollsSideways()).isFalse();
    }

    private long plans(String clientId) {
        return jdbc.sql("select count(*) from action_plan where client_id = ?::uuid").param(clientId)
                .query(Long.class).single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void aLongPlanAndAnEmployerContactSurviveTheSessionEndingOnAPhone(String lang) {
        String suffix = lang + "-" + UUID.randomUUID().toString().substring(0, 6);
        UUID employer = given.employer("Kahvila Aamu " + suffix);
        browser.chooseLanguage(lang);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.logIn("coach1", users);
        browser.visit("/clients/new");
        browser.type("firstName", "Aino");
        browser.type("lastName", "Istunto-" + suffix);
        browser.submit();
        browser.checkPage();
        String clientPath = browser.path();
        String clientId = clientPath.substring("/clients/".length());
        browser.visit(clientPath + "/referral");
        browser.openForm("/agreement");
        browser.type("agreedOn", "5.1.2026");
        browser.driver().findElement(By.id("how-PAPER_SIGNATURE")).click();
        submit("/agreement");

        String goals = "Työ kahvilassa aamuisin, 20 tuntia viikossa; ensin työkokeilu " + suffix + ". Pitkä teksti:"
                + " aamuvuorot sopivat parhaiten, iltapäivät ovat kuntoutusta varten.".repeat(12);
        browser.visit(clientPath + "/plan");
        browser.openForm("/plan");
        browser.type("startedOn", "5.1.2026");
        browser.type("goals", goals);
        browser.type("steps", "1. CV kuntoon\n2. Kolme työnantajaa viikossa\n3. \"Haastattelu\" & <harjoitus>");
        browser.type("responsibilities", "Valmentaja: työnantajat. Aino: CV.");
        sendAfterTheSessionEndedAndSignInAgain("/plan", lang);
        assertThat(value("startedOn")).isEqualTo("5.1.2026");
        assertThat(value("goals")).isEqualTo(goals);
        assertThat(value("steps")).isEqualTo("1. CV kuntoon\n2. Kolme työnantajaa viikossa\n3. \"Haastattelu\" & <harjoitus>");
        assertThat(value("responsibilities")).isEqualTo("Valmentaja: työnantajat. Aino: CV.");
        assertThat(plans(clientId)).as("nothing saved until the coach sends it again").isZero();
        submit("/plan");
        assertThat(plans(clientId)).isEqualTo(1);
        assertThat(jdbc.sql("select goals from action_plan where client_id = ?::uuid").param(clientId)
                .query(String.class).single()).isEqualTo(goals);

        // shown once: the page again has no kept input
        browser.visit(clientPath + "/plan");
        assertThat(browser.driver().findElements(By.id("kept-input"))).isEmpty();

        browser.visit("/employer-contacts/new");
        new Select(browser.driver().findElement(By.id("employerId"))).selectByValue(employer.toString());
        browser.type("contactedOn", "4.12.2026");
        browser.driver().findElement(By.id("mode-PHONE")).click();
        browser.driver().findElement(By.id("purpose-GENERAL_JOB_DEVELOPMENT")).click();
        browser.type("outcome", "Esimies soittaa takaisin " + suffix);
        browser.type("nextStep", "Käynti perjantaina");
        sendAfterTheSessionEndedAndSignInAgain("/employer-contacts", lang);
        assertThat(new Select(browser.driver().findElement(By.id("employerId"))).getFirstSelectedOption()
                .getDomAttribute("value")).isEqualTo(employer.toString());
        assertThat(value("contactedOn")).isEqualTo("4.12.2026");
        assertThat(browser.driver().findElement(By.id("mode-PHONE")).isSelected()).isTrue();
        assertThat(browser.driver().findElement(By.id("purpose-GENERAL_JOB_DEVELOPMENT")).isSelected()).isTrue();
        assertThat(browser.driver().findElement(By.id("clientPresent")).isSelected()).isFalse();
        assertThat(value("outcome")).isEqualTo("Esimies soittaa takaisin " + suffix);
        assertThat(value("nextStep")).isEqualTo("Käynti perjantaina");
        assertThat(contacts(employer)).as("nothing saved until the coach sends it again").isZero();
        submit("/employer-contacts");
        assertThat(contacts(employer)).isEqualTo(1);
        assertThat((Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById('kept-input') === null")).isTrue();
        assertThat(browser.language()).isEqualTo(lang);
    }

    private long contacts(UUID employer) {
        return jdbc.sql("select count(*) from employer_contact where employer_id = ?").param(employer)
                .query(Long.class).single();
    }
}
