package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Keyboard-only use, phone width, and proof that the accessibility scan does find faults. */
class KeyboardAndPhoneBrowserIT extends BrowserTestBase {

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheContent() {
        browser.visit("/login");
        press(Keys.TAB);
        assertThat(focused().getAttribute("class")).contains("skip-link");
        assertThat(focused().isDisplayed()).isTrue();
        press(Keys.ENTER);
        assertThat(focused().getTagName()).isEqualTo("main");
    }

    @Test
    void logInAndReachTeamAdministrationWithTheKeyboardOnly() {
        browser.visit("/login");
        browser.driver().findElement(By.id("username")).click();
        press("admin");
        press(Keys.TAB);
        press(DemoUsers.PASSWORD);
        browser.clickAndWaitOnEnter();
        assertThat(browser.path()).isEqualTo("/mfa");
        browser.driver().findElement(By.id("code")).click();
        press(users.nextTotpCode());
        browser.clickAndWaitOnEnter();
        assertThat(browser.path()).isEqualTo("/");

        WebElement teamsLink = browser.driver().findElement(By.cssSelector(".main-nav a[href='/admin/teams']"));
        for (int tab = 0; tab < 30 && !teamsLink.equals(focused()); tab++) {
            press(Keys.TAB);
        }
        assertThat(focused()).isEqualTo(teamsLink);
        browser.clickAndWaitOnEnter();
        assertThat(browser.path()).isEqualTo("/admin/teams");
        browser.checkPage();
    }

    @Test
    void atPhoneWidthNothingScrollsSideways() {
        browser.phoneSize();
        browser.logIn("admin", users);
        for (String page : new String[] {"/", "/admin/teams", "/admin/teams/new", "/login?lang=sv"}) {
            browser.visit(page);
            assertThat(browser.scrollsSideways()).as(page).isFalse();
        }
    }

    @Test
    void theScanFailsAPageWithAccessibilityFaults() {
        browser.logIn("admin", users);
        assertThatThrownBy(() -> browser.visit("/test-support/inaccessible"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("html-has-lang");
    }

    /** The checks of a page view that is not scanned (decision 0055 reads them in one script call): still checked. */
    @Test
    void aPageShowingAMessageKeyOrAnotherLanguageFailsItsCheck() {
        browser.logIn("admin", users);
        assertThatThrownBy(() -> browser.visit("/test-support/untranslated"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("raw message keys");
        browser.visit("/test-support/foreign-language");   // its first view is scanned: axe accepts any valid lang
        assertThatThrownBy(() -> browser.visit("/test-support/foreign-language"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("lang of");
    }
}
