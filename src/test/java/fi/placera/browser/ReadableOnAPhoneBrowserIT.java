package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.DemoClients;
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

    @Autowired JdbcClient jdbc;
    @Autowired DemoClients clients;

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
        UUID client = clients.withAgreement("Stina", "Telefon", "sv");
        clients.consentToTheCareTeam(client, "IDENTITY");
        browser.chooseLanguage("sv");
        browser.logIn("careteam", users);
        for (int read = 0; read < 3; read++) {
            browser.visit("/clients/" + client);
        }
        browser.logOut();
        browser.chooseLanguage("sv");
        browser.logIn(clients.account(client, "telefon", "Stina"), users);
        browser.visit("/me/access-log");
        browser.checkPage();
        List<WebElement> lines = browser.driver().findElements(By.cssSelector("#access-log tbody tr"));
        assertThat(lines).hasSize(1);
        // three visits of the record and the care-team workspace the sign-in lands on, which lists (reads) her
        assertThat(lines.get(0).getAttribute("data-rows")).isEqualTo("4");
        assertThat(lines.get(0).getText()).contains("Medlem i vårdteam", "(4 gånger)", "din klientsida",
                "din vårdgrupps lista över sina patienter i IPS");
        assertThat(scrollWidth()).isLessThanOrEqualTo(PHONE);
        browser.visit("/me");
        browser.checkPage();
        assertThat(scrollWidth()).isLessThanOrEqualTo(PHONE);
    }

    private long scrollWidth() {
        return (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
    }
}
