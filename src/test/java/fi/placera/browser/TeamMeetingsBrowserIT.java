package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The team leader prepares the weekly meeting from its agenda, records it (a wrongly typed time comes back with
 * the input kept), follows a figure of the team view to the clients behind it, and opens the agencies' page —
 * in Finnish and Swedish, every page checked with axe.
 */
class TeamMeetingsBrowserIT extends BrowserTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void theWeeklyMeetingFromAgendaToRecord(String lang) {
        // each language on its own day, so the two runs' meetings never overlap
        String day = LocalDate.now(ZoneId.of("Europe/Helsinki")).minusDays(lang.equals("fi") ? 1 : 2)
                .format(DateTimeFormatter.ofPattern("d.M.uuuu"));
        browser.chooseLanguage(lang);
        browser.logIn("teamleader", users);
        browser.visit("/meetings/team");
        assertThat(browser.driver().findElements(By.cssSelector("#agenda h3"))).hasSize(5);
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("a[href*='/meetings/team/new']")));
        browser.checkPage();
        browser.type("heldOn", day);
        browser.type("startsAt", "25.00");
        browser.type("decisions", "Jobbtips delas varje vecka " + lang);
        browser.driver().findElement(By.cssSelector("input[name=attendees]")).click();
        // an action's owner is a member of the team, chosen from a list (decision 0065)
        browser.type("action-0", "Soita Kelaan " + lang);
        Select owner = new Select(browser.driver().findElement(By.id("actionOwner-0")));
        owner.selectByIndex(1);
        String ownerId = owner.getFirstSelectedOption().getDomAttribute("value");
        browser.type("actionDueOn-0", day);
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("startsAt-error")).getText()).isNotBlank();
        assertThat(new Select(browser.driver().findElement(By.id("actionOwner-0"))).getFirstSelectedOption()
                .getDomAttribute("value")).as("the owner chosen is kept").isEqualTo(ownerId);
        assertThat(browser.driver().findElement(By.id("decisions")).getAttribute("value"))
                .isEqualTo("Jobbtips delas varje vecka " + lang);
        browser.type("startsAt", "9.00");
        browser.type("endsAt", "10.00");
        browser.submit();
        browser.checkPage();
        assertThat(browser.path()).startsWith("/meetings/team?saved");
        assertThat(browser.driver().findElement(By.id("team-meetings")).getText())
                .contains(day, "Jobbtips delas varje vecka " + lang);

        browser.visit("/team");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#fig-ENROLLED a")));
        browser.checkPage();
        assertThat(browser.path()).startsWith("/team/figures/ENROLLED");
        browser.visit("/meetings/agencies");
        assertThat(browser.language()).isEqualTo(lang);
    }
}
