package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 24 §3 (decision 0074): a referral ended by the client's choice; the coach refers the person again from the
 * referral part, the earlier episode stays listed and the new one goes on — every page checked with axe.
 */
class ReReferralBrowserIT extends BrowserTestBase {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    @Autowired JdbcClient jdbc;

    @Test
    void aCoachRefersAClientAgainAfterTheReferralEnded() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(users.clock());
        browser.chooseLanguage("fi");
        browser.logIn(users.newCoachWhoSignsIn(), users);
        browser.visit("/clients/new");
        browser.type("firstName", "Paula");
        browser.type("lastName", "Paluu-" + suffix);
        browser.submit();
        String client = browser.path();

        browser.visit(client + "/referral");
        browser.openForm("/referral");
        browser.driver().findElement(By.id("source-SELF")).click();
        browser.type("referredOn", today.minusDays(20).format(DAY));
        submit("/referral");
        browser.openForm("/referral/end");
        browser.driver().findElement(By.id("end-CLIENT_CHOICE")).click();
        submit("/referral/end");

        browser.openForm("/referral/again");
        browser.driver().findElement(By.id("source-SELF")).click();
        browser.type("referredOn", today.format(DAY));
        browser.type("wishToWork", "Takaisin töihin " + suffix);
        submit("/referral/again");

        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/referral/again']"))).isEmpty();
        assertThat(browser.text()).contains("Aiemmat jaksot", "Lähete " + today.minusDays(20).format(DAY),
                "Takaisin töihin " + suffix);
        assertThat(jdbc.sql("select count(*) from referral where client_id = ?::uuid")
                .param(client.substring(client.lastIndexOf('/') + 1)).query(Integer.class).single()).isEqualTo(2);
    }

    private void submit(String action) {
        WebElement form = browser.driver().findElement(By.cssSelector("form[action$='" + action + "']"));
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
    }
}
