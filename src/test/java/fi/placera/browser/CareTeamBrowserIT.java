package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A care-team member's day in Placera (issue 27 §1, decision 0083): the workspace they start on, the electronic
 * referral refused with everything typed kept and then sent, and an item for the weekly meeting's agenda; every page
 * checked with axe. One login, few page loads (decision 0047).
 */
class CareTeamBrowserIT extends BrowserTestBase {

    @Autowired JdbcClient jdbc;

    @Test
    void theCareTeamMemberRefersAPatientAndAddsToTheWeeklyMeeting() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        browser.logIn("careteam", users);
        browser.visit("/");
        assertThat(browser.path()).isEqualTo("/care-team");

        browser.visit("/care-team/referral");
        browser.type("firstName", "Ohjattava");
        browser.type("wishToWork", "Haluan töihin kirjastoon " + suffix);
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("error-summary")).getText()).isNotBlank();
        assertThat(browser.driver().findElement(By.id("firstName")).getAttribute("value")).isEqualTo("Ohjattava");
        assertThat(browser.driver().findElement(By.id("wishToWork")).getAttribute("value"))
                .isEqualTo("Haluan töihin kirjastoon " + suffix);

        browser.type("lastName", "Kirjasto-" + suffix);
        browser.type("contact", "Hoitaja Eeva 040 555");
        browser.submit();
        browser.checkPage();
        assertThat(browser.path()).isEqualTo("/care-team");
        assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText()).isNotBlank();
        assertThat(browser.text()).as("nothing of the person without their consent").doesNotContain("Kirjasto-" + suffix);
        assertThat(jdbc.sql("""
                        select count(*) from client c join client_wait w on w.client_id = c.id
                        where c.last_name = ? and c.coach_staff_id is null""")
                .param("Kirjasto-" + suffix).query(Integer.class).single()).as("on the team's waiting list").isEqualTo(1);

        browser.visit("/meetings/care-team");
        browser.type("text", "Kesän työkokeilut " + suffix);
        browser.submit();
        browser.checkPage();
        assertThat(browser.path()).isEqualTo("/meetings/care-team");
        assertThat(browser.text()).contains("Kesän työkokeilut " + suffix);
    }
}
