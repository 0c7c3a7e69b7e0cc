package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 28 §3 on a phone (390 px) in Finnish and Swedish: a coach records a meeting with the client, books an
 * appointment (after a refused one) and finds it on the week's agenda — every page checked with axe, none scrolling
 * sideways.
 */
class MeetingsBrowserIT extends BrowserTestBase {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    @Autowired Clock clock;

    private void submit(String formId) {
        WebElement form = browser.driver().findElement(By.id(formId));
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
        assertThat(browser.scrollsSideways()).as("sideways scrolling at 390 px").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void aCoachRecordsAMeetingAndBooksAnAppointmentOnAPhone(String lang) {
        String suffix = lang + "-" + UUID.randomUUID().toString().substring(0, 6);
        browser.chooseLanguage(lang);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.logIn("coach2", users);
        browser.visit("/clients/new");
        browser.type("firstName", "Mona");
        browser.type("lastName", "Möte-" + suffix);
        browser.submit();
        String client = browser.path();

        browser.visit(client + "/meetings");
        assertThat(browser.driver().findElement(By.id("metOn")).getAttribute("value"))
                .as("a meeting note is about today unless changed").isEqualTo(LocalDate.now(clock).format(DAY));
        browser.openForm("/meetings");
        browser.type("metAt", "9.30");
        browser.type("note", "Puhuttiin kahvilatyöstä " + suffix);
        submit("note-form");
        assertThat(browser.driver().findElement(By.id("meeting-notes")).getText())
                .contains("Puhuttiin kahvilatyöstä " + suffix);

        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        browser.openForm("/appointments");
        browser.type("appointmentDay", tomorrow.format(DAY));
        browser.type("appointmentStart", "11.00");
        browser.type("appointmentEnd", "10.00");
        browser.type("appointmentPlace", "Kirjasto " + suffix);
        submit("appointment-form");
        assertThat(browser.driver().findElement(By.id("appointmentEnd-error")).getText()).isNotBlank();
        assertThat(browser.driver().findElement(By.id("appointmentPlace")).getAttribute("value"))
                .isEqualTo("Kirjasto " + suffix);
        browser.type("appointmentEnd", "12.00");
        submit("appointment-form");
        assertThat(browser.driver().findElement(By.id("appointments")).getText()).contains("Kirjasto " + suffix);

        browser.visit("/week");
        assertThat(browser.scrollsSideways()).isFalse();
        assertThat(browser.driver().findElement(By.id("week-agenda")).getText())
                .contains(tomorrow.format(DAY), "Möte-" + suffix, "Kirjasto " + suffix);
        assertThat(browser.language()).isEqualTo(lang);
    }
}
