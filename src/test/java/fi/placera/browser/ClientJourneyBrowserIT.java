package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A coach takes a client from registration through referral, outreach, the cooperation agreement and
 * a consent to the action plan and its first review, in Finnish and Swedish, every page checked by axe.
 */
class ClientJourneyBrowserIT extends BrowserTestBase {

    private void submit(String action) {
        WebElement form = browser.driver().findElement(By.cssSelector("form[action$='" + action + "']"));
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
    }

    private void choose(String id, String value) {
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
    }

    private void click(String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void fromReferralThroughCounsellingPlanAndProfileToTheFirstReview(String lang) {
        browser.chooseLanguage(lang);
        browser.logIn("coach1", users);
        browser.visit("/clients/new");
        String lastName = "Polku-" + lang + "-" + UUID.randomUUID().toString().substring(0, 6);
        browser.type("firstName", "Viivi");
        browser.type("lastName", lastName);
        browser.submit();
        browser.checkPage();
        assertThat(browser.text()).contains("Viivi " + lastName);

        click("source-SELF");
        browser.type("referredOn", "2.1.2026");
        browser.type("wishToWork", "Töihin puutarhaan");
        submit("/referral");
        browser.type("attemptedOn", "3.1.2026");
        choose("outcome", "REACHED");
        submit("/outreach");

        browser.type("agreedOn", "5.1.2026");
        click("how-PAPER_SIGNATURE");
        submit("/agreement");
        choose("kind", "EMPLOYMENT");
        browser.type("validFrom", "5.1.2026");
        submit("/consents");

        browser.type("counselledOn", "6.1.2026");
        click("topic-EARNINGS_LIMITS");
        click("topic-REPORTING_EARNINGS");
        browser.type("counsellingOutcome", "Tulorajat käyty läpi");
        submit("/counselling");

        browser.type("startedOn", "5.1.2026");
        browser.type("goals", "Kausityö puutarhassa keväällä");
        submit("/plan");

        browser.type("profileMetOn", "12.1.2026");
        browser.type("profileCovered", "Vahvuudet ja kiinnostukset");
        submit("/profile/meetings");
        browser.type("profileMetOn", "19.1.2026");
        browser.type("profileCovered", "Työhistoria ja toiveet");
        submit("/profile/meetings");
        browser.type("profileStrengths", "Tarkka ja luotettava");
        browser.type("preferredWork", "Puutarhatyö");
        choose("disclosurePreference", "PARTLY");
        submit("/profile");
        browser.type("discussedOn", "19.1.2026");
        browser.type("agreedWording", "Minulla on pitkäaikainen sairaus");
        choose("disclosureDecision", "PARTLY");
        submit("/disclosure");

        browser.type("reviewedOn", "6.4.2026");
        choose("milestone", "3");
        browser.type("whatChanged", "Työkokeilu sovittu");
        submit("/plan/reviews");

        assertThat(browser.text()).contains("Töihin puutarhaan", "Kausityö puutarhassa keväällä", "Työkokeilu sovittu",
                "Tulorajat käyty läpi", "Työhistoria ja toiveet", "Minulla on pitkäaikainen sairaus");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("profileStrengths")).getText())
                .isEqualTo("Tarkka ja luotettava");
        System.out.println("OLD-HEIGHT " + lang + " 1366=" + browser.pageHeightAt(1366) + " 390=" + browser.pageHeightAt(390));
        browser.desktopSize();
        browser.visit(browser.path() + "/record");
        assertThat(browser.text()).contains("Puutarhatyö", "Vahvuudet ja kiinnostukset");
        assertThat(browser.language()).isEqualTo(lang);
    }
}
