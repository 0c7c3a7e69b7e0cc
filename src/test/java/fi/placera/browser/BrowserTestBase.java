package fi.placera.browser;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests share the one running application (Spring's context cache) and open one Chromium per
 * test class; each test starts logged out at desktop size.
 */
@PlaceraIT
abstract class BrowserTestBase {

    static Browser browser;
    @LocalServerPort int port;
    @Autowired DemoUsers users;

    @BeforeEach
    void openBrowser() throws Exception {
        if (browser == null) {
            browser = new Browser(port);
        }
        browser.clearCookies();
        browser.desktopSize();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
