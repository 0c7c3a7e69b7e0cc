package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coach records a client's contact details with the client's permission per channel and corrects them with a
 * reason; the client sees them on their own consents page and turns the e-mail off (decision 0078). Every page
 * checked with axe.
 */
class ContactDetailsBrowserIT extends BrowserTestBase {

    @Autowired Given given;
    @Autowired JdbcClient jdbc;

    @Test
    void theCoachRecordsAndCorrectsThem() throws Exception {
        String coach = users.newCoachWhoSignsIn();
        UUID client = given.client(coach).named("Yrjö", "Yhteys").create();

        browser.logIn(coach, users);
        browser.visit("/clients/" + client + "/referral?lang=fi");
        browser.openForm("/contact");
        browser.type("phone", "040 111 2222");
        browser.type("contactEmail", "yrjo@example.fi");
        browser.driver().findElement(By.id("emailAllowed")).click();
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("form[action$='/contact'] button[type=submit]")));
        browser.checkPage();
        assertThat(browser.text()).contains("yrjo@example.fi – saa käyttää").contains("040 111 2222 – ei saa käyttää");

        browser.openForm("/contact");
        browser.driver().findElement(By.id("phoneAllowed")).click();
        browser.type("contactReason", "Asiakas salli tekstiviestit");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("form[action$='/contact'] button[type=submit]")));
        browser.checkPage();
        assertThat(browser.text()).contains("040 111 2222 – saa käyttää").contains("Asiakas salli tekstiviestit")
                .contains("Tekstiviestit: ei saa käyttää");
    }

    @Test
    void theClientTurnsTheEmailOffOnTheirOwnPage() throws Exception {
        String me = users.newClientAccount();
        UUID client = jdbc.sql("""
                        select c.client_id from client_account c join user_account a on a.id = c.account_id
                        where a.username = ?""").param(me).query(UUID.class).single();
        jdbc.sql("""
                        insert into client_contact (client_id, area_id, phone, email, phone_allowed, email_allowed,
                            recorded_at, recorded_by)
                        values (?, 17, '040 333 4444', 'oma@example.fi', false, true, now(), ?)""")
                .params(client, UUID.randomUUID()).update();

        browser.logInWithPassword(me, DemoUsers.PASSWORD);
        String secret = browser.driver().findElement(By.cssSelector("code.secret")).getText();
        users.clock().advance(Duration.ofSeconds(30));
        browser.type("code", new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                .generate(secret, users.clock().instant().getEpochSecond() / 30));
        browser.submit();
        browser.visit("/me/consents");
        assertThat(browser.text()).contains("oma@example.fi").contains("040 333 4444");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#contact-EMAIL button")));
        browser.checkPage();
        assertThat(browser.path()).startsWith("/me/consents?turnedOff");
        assertThat(browser.driver().findElements(By.cssSelector("#contact-EMAIL button"))).isEmpty();
        assertThat(jdbc.sql("select count(*) from clients_facts_contact_channel where client_id = ?").param(client)
                .query(Integer.class).single()).isZero();
    }
}
