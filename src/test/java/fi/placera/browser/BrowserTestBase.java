package fi.placera.browser;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests share the one running application (Spring's context cache) and the test JVM's one Chromium
 * ({@link Browser#shared}); each test starts logged out, with nothing stored in the browser, at desktop size.
 * Each distinct page is scanned with axe once per run; see decision 0047 for writing fast browser tests.
 */
@PlaceraIT
abstract class BrowserTestBase {

    static Browser browser;
    @LocalServerPort int port;
    @Autowired DemoUsers users;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.shared(port);
    }

    @AfterAll
    static void reportScans() {
        System.out.println("Browser checks so far in this JVM: " + Browser.scanCounts());
    }
}
