package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.DemoUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** Every page, in Finnish, Swedish and English, with zero axe violations and no untranslated text. */
class PagesBrowserIT extends BrowserTestBase {

    /** Admin pages reached from the navigation; a new admin page is one line here. */
    private static final List<String> ADMIN_PAGES = List.of("/", "/admin/areas", "/admin/areas/17",
            "/admin/teams", "/admin/teams/new", "/admin/teams/6a1f0000-0000-4000-8000-000000000001",
            "/admin/care-teams", "/admin/care-teams/new", "/admin/care-teams/6a1f0000-0000-4000-8000-000000000101",
            "/admin/staff", "/admin/staff/new", "/admin/staff/6a1f0000-0000-4000-8000-000000000202",
            "/admin/accounts", "/admin/accounts/new", "/admin/accounts/6a1f0000-0000-4000-8000-000000000303",
            "/admin/audit", "/admin/changes", "/admin/instruments", "/account/password");

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void loginPagesAndAFailedLogin(String lang) {
        browser.chooseLanguage(lang);
        browser.visit("/login");
        assertThat(browser.language()).isEqualTo(lang);
        browser.logInWithPassword("coach1", "wrong password");
        assertThat(browser.path()).startsWith("/login?error");
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("[role=alert]"))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void everyAdminPageAndTheSecondFactorPage(String lang) {
        browser.chooseLanguage(lang);
        browser.logInWithPassword("admin", DemoUsers.PASSWORD);
        assertThat(browser.path()).isEqualTo("/mfa");
        browser.checkPage();
        browser.type("code", users.nextTotpCode());
        browser.submit();
        for (String page : ADMIN_PAGES) {
            browser.visit(page);
            assertThat(browser.language()).as(page).isEqualTo(lang);
        }
        browser.visit("/admin/teams/" + UUID.randomUUID());
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
        browser.logOut();
        assertThat(browser.path()).startsWith("/login?logout");
        browser.checkPage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void aRefusedFormComesBackWithMessagesNextToTheFieldsAndTheInputKept(String lang) {
        browser.chooseLanguage(lang);
        browser.logIn("admin", users);
        browser.visit("/admin/teams/new");
        browser.type("code", "not a code");
        browser.type("name", "Kept <input>");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("error-summary")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("code-error")).getText()).isNotBlank();
        assertThat(browser.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo("Kept <input>");
        assertThat(browser.driver().findElement(By.id("code")).getAttribute("aria-describedby")).isEqualTo("code-error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void coachRegistersAClientAndSeesTheirPages(String lang) {
        browser.chooseLanguage(lang);
        browser.logIn("coach1", users);
        browser.visit("/");
        assertThat(browser.text()).contains("Mikko Heikkinen");
        browser.visit("/clients/new");
        browser.type("firstName", "Selma");
        browser.type("lastName", "Selenium-" + lang);
        browser.type("identityCode", "131052-308A");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("identityCode-error")).getText()).isNotBlank();
        browser.type("identityCode", "");
        browser.submit();
        assertThat(browser.path()).startsWith("/clients/");
        browser.checkPage();
        assertThat(browser.text()).contains("Selma Selenium-" + lang);
        browser.visit(browser.path() + "/record");
        assertThat(browser.text()).contains("Selma Selenium-" + lang);
        browser.visit("/week");
        assertThat(browser.text()).contains("Selenium-" + lang + ", Selma");
        browser.visit("/time");
        browser.type("CLIENT_WORK-COMMUNITY", "kaksi");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("CLIENT_WORK-COMMUNITY-error")).getText()).isNotBlank();
        browser.type("CLIENT_WORK-COMMUNITY", "2,5");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("shares-heading")).isDisplayed()).isTrue();
        browser.visit("/clients");
        assertThat(browser.text()).contains("Selenium-" + lang + ", Selma");
        browser.type("q", "selma SELENIUM-" + lang);
        browser.submit();
        browser.checkPage();
        assertThat(browser.path()).startsWith("/clients?q=");
        assertThat(browser.driver().findElement(By.cssSelector("main table tbody")).getText())
                .contains("Selenium-" + lang + ", Selma").doesNotContain("Selenium-" + (lang.equals("fi") ? "sv" : "fi"));
        assertThat(browser.driver().findElement(By.cssSelector("#caseload-count[role=status]")).getText()).isNotBlank();
        browser.visit("/clients/" + UUID.randomUUID() + "/emergency");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void teamLeaderSeesTheCaseloadAndTheEmergencyAccessReview(String lang) {
        browser.chooseLanguage(lang);
        browser.logIn("teamleader", users);
        browser.visit("/clients");
        browser.visit("/team/emergency-access");
        browser.visit("/employers");
        browser.visit("/employers/board");
        browser.visit("/team");
        browser.visit("/meetings");
        assertThat(browser.language()).isEqualTo(lang);
    }
}
