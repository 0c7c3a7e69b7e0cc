package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.Given;
import fi.placera.testing.TestTeams;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 24 §4: a leader of two teams proposes moving a client to the other team, finds the proposal on the team's
 * transfers page and accepts it with a coach (decision 0075), then hands another client over to a team of another
 * welfare area with the client's consent (decision 0082) — one sign-in, every page checked with axe.
 */
class MovingBrowserIT extends BrowserTestBase {

    @Autowired TestTeams teams;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;

    @Test
    void aLeaderMovesAClientToAnotherTeamAndHandsAnotherOverToAnotherArea() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        TestTeams.Team sending = teams.create("Lähtötiimi " + suffix);
        TestTeams.Team receiving = teams.create("Tulotiimi " + suffix);
        TestTeams.Team far = teams.create("Turun tiimi " + suffix, (short) 5);
        String leader = users.signingIn(sending.member("Vetäjä", "TEAM_LEADER", "1"));
        receiving.join(leader, "TEAM_LEADER", "1");
        String coach = sending.member("Antaja", "COACH", "1");
        String taking = receiving.member("Saaja", "COACH", "1");
        UUID moving = sending.client(coach, "Muuttaja-" + suffix);
        String code = Given.identityCode();
        UUID leaving = given.client(coach).named("Kaisa", "Kauas-" + suffix).identifiedBy(code).ofTeam(sending.id())
                .agreedOn(sending.day(30)).create();
        sending.send(coach, "/clients/" + leaving + "/consents", "party", "WELFARE_AREA:VARS", "kind", "IDENTITY",
                "kind", "SERVICE_RECORD", "validFrom", sending.day(1));

        browser.chooseLanguage("fi");
        browser.logIn(leader, users);
        browser.visit("/clients/" + moving + "/referral");
        browser.openForm("/transfer");
        WebElement propose = browser.driver().findElement(By.cssSelector("form[action$='/transfer']"));
        new Select(propose.findElement(By.id("toTeamId"))).selectByValue(receiving.id().toString());
        browser.type("transferNote", "Lähempänä kotia " + suffix);
        browser.clickAndWait(propose.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
        assertThat(browser.text()).contains("Tulotiimi " + suffix);

        browser.visit("/team/transfers");
        WebElement proposal = browser.driver().findElement(By.xpath(
                "//section[.//h2[contains(., 'Muuttaja-" + suffix + "')]]"));
        assertThat(proposal.getText()).contains("Lähtötiimi " + suffix, "Lähempänä kotia " + suffix);
        WebElement accept = proposal.findElement(By.cssSelector("form[action$='/accept']"));
        new Select(accept.findElement(By.name("coachStaffId"))).selectByValue(receiving.staffMemberOf(taking).toString());
        browser.clickAndWait(accept.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
        assertThat(browser.text()).doesNotContain("Muuttaja-" + suffix);
        assertThat(jdbc.sql("select ips_team_id from clients_facts_client where client_id = ?").param(moving)
                .query(UUID.class).single()).isEqualTo(receiving.id());

        browser.visit("/clients/" + leaving + "/referral");
        browser.openForm("/handover");
        WebElement handover = browser.driver().findElement(By.cssSelector("form[action$='/handover']"));
        new Select(handover.findElement(By.id("handoverTeamId"))).selectByValue(far.id().toString());
        browser.type("areaHandoverNote", "Muuttaa Turkuun " + suffix);
        browser.clickAndWait(handover.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/handover']"))).isEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from clients_facts_client c join clients_facts_wait w on w.client_id = c.client_id
                        where c.area_id = 5 and c.ips_team_id = ? and w.waited_until is null""")
                .param(far.id()).query(Integer.class).single()).isOne();
    }
}
