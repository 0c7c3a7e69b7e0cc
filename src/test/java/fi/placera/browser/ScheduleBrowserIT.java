package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The leader of a team of its own (so the demo team's schedule stays as other tests expect it) opens the follow-up
 * schedule from the team's evaluation page, is refused a timepoint without a Swedish name with everything typed kept,
 * adds it, and opens a default timepoint for changing — in Finnish and Swedish, every page checked with axe.
 */
class ScheduleBrowserIT extends BrowserTestBase {

    @Autowired JdbcClient jdbc;

    /** A new IPS team with a leader who logs in like the demo leader (same password and authenticator). */
    private String leaderOfANewTeam() {
        UUID team = UUID.randomUUID();
        UUID staff = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        String username = "leader." + staff.toString().substring(0, 8);
        jdbc.sql("""
                        insert into ips_team (id, area_id, code, name, collaboration_model, version)
                        values (?, 17, ?, 'Aikataulutiimi', 'CARE_INTEGRATED', 0)""")
                .params(team, "SCH-" + team.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT)).update();
        jdbc.sql("""
                        insert into staff_member (id, area_id, first_name, last_name, email, version)
                        values (?, 17, 'Testi', 'Vetäjä', ?, 0)""")
                .params(staff, username + "@example.fi").update();
        jdbc.sql("""
                        insert into ips_team_membership (staff_member_id, ips_team_id, team_role, fte)
                        values (?, ?, 'TEAM_LEADER', 1)""")
                .params(staff, team).update();
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, staff_member_id, area_id, version)
                        select ?, ?, 'Testi Vetäjä', password_hash, ?, 17, 0 from user_account where username = 'teamleader'""")
                .params(account, username, staff).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'TEAM_LEADER')").param(account).update();
        // the demo authenticator's secret as seed data stores it (a sealed secret only opens for its own account)
        jdbc.sql("insert into mfa_credential (account_id, secret, enrolled_at) values (?, ?, now())")
                .params(account, fi.placera.testing.DemoUsers.TOTP_SECRET).update();
        return username;
    }

    private void save() {
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#timepoint-form button[type=submit]")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void theLeaderAddsATimepointAndOpensOneForChanging(String lang) {
        String leader = leaderOfANewTeam();
        browser.chooseLanguage(lang);
        browser.logIn(leader, users);
        browser.visit("/evaluation");
        browser.checkPage();
        browser.clickAndWait(browser.driver().findElement(By.id("schedule-link")));
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("#timepoints tbody tr"))).hasSize(5);

        browser.type("label-fi", "Kolme kuukautta");
        browser.type("label-en", "Three months");
        browser.type("months", "3");
        browser.driver().findElement(By.id("instrument-WHO-5")).click();
        save();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("label-sv-error")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("label-fi")).getAttribute("value")).isEqualTo("Kolme kuukautta");
        assertThat(browser.driver().findElement(By.id("months")).getAttribute("value")).isEqualTo("3");
        assertThat(browser.driver().findElement(By.id("instrument-WHO-5")).isSelected()).isTrue();

        browser.type("label-sv", "Tre månader");
        save();
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("#timepoints tbody tr"))).hasSize(6);
        assertThat(browser.text()).contains("fi".equals(lang) ? "Kolme kuukautta" : "Tre månader");

        browser.clickAndWait(browser.driver().findElement(By.id("edit-MONTHS_6")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("months")).getAttribute("value")).isEqualTo("6");
        assertThat(new Select(browser.driver().findElement(By.id("anchor"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("ENROLMENT");
        assertThat(browser.language()).isEqualTo(lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void theCostsApportionedByRecordedTimePassTheAccessibilityScan(String lang) {
        String leader = leaderOfANewTeam();
        browser.chooseLanguage(lang);
        browser.logIn(leader, users);
        browser.visit("/evaluation/costs");
        browser.type("staffFte", "0");
        browser.type("salaries", "80000");
        for (String field : new String[] {"premises", "travel", "training", "other", "benefitPerMonth", "carePerMonth",
                "monthsInWork"}) {
            browser.type(field, "0");
        }
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("staffFte-error")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("salaries")).getAttribute("value")).isEqualTo("80000");
        browser.type("staffFte", "1,5");
        browser.submit();
        browser.checkPage();
        // the leader is no coach: nobody's time to apportion, the whole salary counts as the other staff's
        assertThat(browser.driver().findElements(By.cssSelector("#coach-shares tbody tr"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("ips-cost")).getText().replace('\u00a0', ' '))
                .isEqualTo("80 000 €");
        assertThat(browser.driver().findElement(By.id("by-time-assumptions")).isDisplayed()).isTrue();
    }
}
