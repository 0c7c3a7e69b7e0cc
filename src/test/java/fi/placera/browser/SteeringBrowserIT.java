package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.TestTeams;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A steering-group meeting as the area's manager holds it (issue 27 §2, decision 0084): the group made for a team, an
 * outside member named, a meeting recorded with its decision, an action agreed and marked done, and a refused form —
 * every page checked with axe, in one login.
 */
class SteeringBrowserIT extends BrowserTestBase {

    @Autowired TestTeams teams;

    @Test
    void theManagerHoldsASteeringGroupMeeting() {
        TestTeams.Team team = teams.create("Selaimen tiimi");
        browser.logIn("manager", users);
        browser.visit("/steering");
        browser.type("name", "Selaimen ohjausryhmä " + team.code());
        new Select(browser.driver().findElement(By.id("team"))).selectByValue(team.id().toString());
        browser.submit();
        browser.checkPage();
        browser.clickAndWait(browser.driver().findElement(By.linkText("Selaimen ohjausryhmä " + team.code())));
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("#agenda-figures tbody tr"))).hasSize(1);

        browser.type("name", "Liisa Lindqvist");
        browser.type("organisation", "Työterveyshuolto");
        browser.type("role", "Työterveyslääkäri");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#outside-member-form button")));
        browser.checkPage();
        browser.type("notes", "Luvut käytiin läpi.");
        browser.type("decisions", "Odotusaikaa seurataan kuukausittain.");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#meeting-form button")));
        browser.checkPage();
        browser.type("action", "Kutsu asiakkaiden edustaja");
        browser.type("dueOn", team.day(-14));
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#action-form button")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("open-actions")).getText())
                .contains("Kutsu asiakkaiden edustaja", "Liisa Lindqvist");

        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#open-actions button")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("open-actions")).getText())
                .doesNotContain("Kutsu asiakkaiden edustaja");

        // the same day again: refused next to the field, the error summary first
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#meeting-form button")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("heldOn-error")).getText()).isNotBlank();
        assertThat(browser.driver().findElements(By.id("error-summary"))).hasSize(1);
    }
}
