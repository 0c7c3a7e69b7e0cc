package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 22 §3 on a 390 px phone: the outcome report opens on a quarter with data and its charts fit the screen (no
 * sideways scrolling), and the client's "who has read my data" is one line per day and reader with the purpose in
 * words — every page checked with axe.
 */
class ReadableOnAPhoneBrowserIT extends BrowserTestBase {

    private static final int PHONE = 390;
    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";

    @Autowired JdbcClient jdbc;

    /** Exactly 390 CSS pixels of layout width, as on a phone (a window size would include the browser's frame). */
    @BeforeEach
    void phone() {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterEach
    void desktop() {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void theReportsChartsFitAPhoneAndThePageOpensOnAQuarterWithData() {
        browser.chooseLanguage("fi");
        browser.logIn("teamleader", users);
        browser.visit("/reports/outcomes");
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("from")).getAttribute("value")).isNotBlank();
        List<WebElement> charts = browser.driver().findElements(By.cssSelector("svg.chart"));
        assertThat(charts).hasSize(3);
        assertThat(charts).allMatch(chart -> chart.getRect().getWidth() <= PHONE && chart.getRect().getWidth() > 200);
        assertThat(scrollWidth()).isLessThanOrEqualTo(PHONE);
        browser.logOut();
    }

    @Test
    void theClientsLogIsOneLinePerDayAndReaderOnAPhone() {
        UUID client = client();
        browser.chooseLanguage("sv");
        browser.logIn("careteam", users);
        for (int read = 0; read < 3; read++) {
            browser.visit("/clients/" + client);
        }
        browser.logOut();
        browser.chooseLanguage("sv");
        browser.logIn(clientAccount(client), users);
        browser.visit("/me/access-log");
        browser.checkPage();
        List<WebElement> lines = browser.driver().findElements(By.cssSelector("#access-log tbody tr"));
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getAttribute("data-rows")).isEqualTo("3");
        assertThat(lines.get(0).getText()).contains("Medlem i vårdteam", "(3 gånger)", "din klientsida");
        assertThat(scrollWidth()).isLessThanOrEqualTo(PHONE);
        browser.visit("/me");
        browser.checkPage();
        assertThat(scrollWidth()).isLessThanOrEqualTo(PHONE);
    }

    private long scrollWidth() {
        return (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
    }

    /** A client of the demo team with the care team's consent to read their name and plan. */
    private UUID client() {
        UUID client = UUID.randomUUID();
        UUID recorder = jdbc.sql("select id from user_account where username = 'teamleader'").query(UUID.class).single();
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, preferred_language, ips_team_id, version)
                        values (?, 17, 'Stina', 'Telefon', 'sv', ?::uuid, 0)""").params(client, DEMO_TEAM).update();
        jdbc.sql("""
                        insert into cooperation_agreement (id, client_id, area_id, agreed_on, how_agreed, recorded_by)
                        values (?, ?, 17, date '2026-01-02', 'PAPER_SIGNATURE', ?)""")
                .params(UUID.randomUUID(), client, recorder).update();
        jdbc.sql("""
                        insert into consent (id, client_id, area_id, party_type, party_id, kind, valid_from, given_at,
                                             recorded_by)
                        values (?, ?, 17, 'CARE_TEAM', '6a1f0000-0000-4000-8000-000000000101'::uuid, 'IDENTITY',
                                date '2026-01-02', now(), ?)""")
                .params(UUID.randomUUID(), client, recorder).update();
        return client;
    }

    /** The client's account, with the demo password and authenticator (as if enrolled). */
    private String clientAccount(UUID client) {
        UUID account = UUID.randomUUID();
        String username = "telefon." + client.toString().substring(0, 8);
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, area_id, version)
                        select ?, ?, 'Stina', password_hash, 17, 0 from user_account where username = 'coach1'""")
                .params(account, username).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'CLIENT')").param(account).update();
        jdbc.sql("insert into client_account (account_id, client_id, area_id, created_at) values (?, ?, 17, now())")
                .params(account, client).update();
        jdbc.sql("insert into mfa_credential (account_id, secret, enrolled_at) values (?, ?, now())")
                .params(account, fi.placera.testing.DemoUsers.TOTP_SECRET).update();
        return username;
    }
}
