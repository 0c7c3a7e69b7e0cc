package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The team leader registers a client with the coach chosen, hands the client over to another coach with a note, and
 * assigns a coach to a person waiting on the team's list (decision 0069); every page checked with axe.
 */
class AssignmentBrowserIT extends BrowserTestBase {

    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";

    @Autowired JdbcClient jdbc;

    private String staffOf(String username) {
        return jdbc.sql("select staff_member_id::text from user_account where username = ?").param(username)
                .query(String.class).single();
    }

    @Test
    void theTeamLeaderAssignsHandsOverAndTakesFromTheWaitingList() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String first = staffOf(users.newCoach());
        String second = staffOf(users.newCoach());
        // a person who waited while the team was full (the list is the team's; a place has freed since)
        UUID waiting = UUID.randomUUID();
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, preferred_language, ips_team_id, version)
                        values (?, 17, 'Odottava', ?, 'fi', ?::uuid, 0)""").params(waiting, "Jonossa-" + suffix, DEMO_TEAM)
                .update();
        // twelve days before the application's today (Helsinki time, and other tests move its clock), not the
        // database's: near midnight the two are different days
        jdbc.sql("insert into client_wait (client_id, area_id, ips_team_id, waiting_since) values (?, 17, ?::uuid, ?)")
                .params(waiting, DEMO_TEAM, LocalDate.now(users.clock()).minusDays(12)).update();

        browser.logIn("teamleader", users);
        browser.visit("/clients/new");
        browser.type("firstName", "Siiri");
        browser.type("lastName", "Siirto-" + suffix);
        new Select(browser.driver().findElement(By.id("coachStaffId"))).selectByValue(first);
        browser.submit();
        String client = browser.path();

        browser.visit(client + "/referral");
        browser.openForm("/coach");
        WebElement form = browser.driver().findElement(By.cssSelector("form[action$='/coach']"));
        new Select(form.findElement(By.id("coachStaffId"))).selectByValue(second);
        browser.type("handoverNote", "Siirto " + suffix);
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
        assertThat(browser.text()).contains("Siirto " + suffix);

        browser.visit("/team/waiting");
        assertThat(browser.text()).contains("Jonossa-" + suffix).contains("12");
        WebElement row = browser.driver().findElement(By.xpath("//tr[.//a[contains(., 'Jonossa-" + suffix + "')]]"));
        new Select(row.findElement(By.name("coachStaffId"))).selectByValue(first);
        browser.clickAndWait(row.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
        assertThat(browser.path()).isEqualTo("/team/waiting");
        assertThat(browser.text()).doesNotContain("Jonossa-" + suffix);
        assertThat(jdbc.sql("select coach_staff_id::text from client where id = ?").param(waiting).query(String.class)
                .single()).isEqualTo(first);
    }
}
