package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.identity.CallingSystem;
import fi.placera.testing.DemoUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decision 0077 in a real browser: an area's administrator registers a system that calls the API (refused without a
 * scope, then saved, listed and removed) and configures the clients' provider, and the login page offers clients'
 * strong identification beside the password; each page axe-clean and without raw message keys.
 */
class IntegrationsBrowserIT extends BrowserTestBase {

    @Autowired JdbcClient jdbc;

    @Test
    void anAreasAdministratorRegistersAndRemovesASystemByKeyboardAndForm() {
        browser.logIn(users.newAreaAdmin(DemoUsers.DEMO_AREA), users);
        browser.visit("/admin/integrations");
        String system = "warehouse-" + UUID.randomUUID().toString().substring(0, 8);
        browser.type("clientId", system);
        browser.type("name", "Tietovarasto");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector(".field-error"))).isNotEmpty();

        browser.driver().findElement(By.cssSelector("input[value='" + CallingSystem.OUTCOMES_READ + "']")).click();
        browser.submit();
        browser.checkPage();
        assertThat(browser.path()).isEqualTo("/admin/integrations");
        assertThat(browser.text()).contains(system).contains("Tietovarasto");

        browser.clickAndWait(browser.driver().findElement(By.cssSelector("table form button")));
        browser.checkPage();
        assertThat(browser.text()).doesNotContain(system);

        // the page of the area's provider of clients' strong identification, refusing a secret typed in
        browser.visit("/admin/client-sign-in");
        browser.type("issuer", "https://127.0.0.1:8443/tunnistus");
        browser.type("clientId", "placera");
        browser.type("clientSecretRef", "secret-in-clear");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector(".field-error"))).hasSize(1);
    }

    @Test
    void theLoginPageOffersAnAreasStrongIdentificationToClients() {
        jdbc.sql("""
                        insert into area_client_sign_in_provider (area_id, issuer, oidc_client_id, client_secret_ref,
                                                                  identity_code_claim)
                        values (?, 'http://127.0.0.1:9/tunnistus', 'placera', 'env:PLACERA_UNUSED', 'personal_identity_code')
                        on conflict (area_id) do nothing""").param(DemoUsers.DEMO_AREA).update();
        try {
            browser.visit("/login");
            assertThat(browser.driver().findElements(By.cssSelector("a[href$='/oauth2/authorization/client-area-"
                    + DemoUsers.DEMO_AREA + "']"))).hasSize(1);
            assertThat(browser.driver().findElements(By.id("password"))).hasSize(1);
        } finally {
            jdbc.sql("delete from area_client_sign_in_provider where area_id = ?").param(DemoUsers.DEMO_AREA).update();
        }
    }
}
