package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A coach takes a client from registration through referral, outreach, the cooperation agreement and
 * a consent to the action plan and its first review, in Finnish and Swedish, every page checked by axe: each part of
 * the record on its own page reached by the sub-navigation, each form opened from its action, each save back on its
 * part with a message, a refused save with the error summary taking focus (decision 0060).
 */
class ClientJourneyBrowserIT extends BrowserTestBase {

    @Autowired JdbcClient jdbc;

    /** The page height of the old one-page client record (before decision 0060) with this journey's data. */
    private static final int OLD_HEIGHT_1366 = 9465;

    private void submit(String action) {
        WebElement form = browser.driver().findElement(By.cssSelector("form[action$='" + action + "']"));
        browser.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
        browser.checkPage();
    }

    /** Goes to a part of the record through the sub-navigation. */
    private void part(String path) {
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("nav.record-nav a[href$='" + path + "']")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.cssSelector("nav.record-nav a[aria-current=page]"))
                .getAttribute("href")).endsWith(path);
    }

    /** A save lands back on its part, and the page says so in a region screen readers announce. */
    private void savedOn(String path, String lang) {
        assertThat(browser.path()).endsWith(path);
        assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText())
                .startsWith(lang.equals("fi") ? "Tallennettu: " : "Sparat: ");
    }

    private void choose(String id, String value) {
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
    }

    /** The client comments on their plan on their own pages (written here as the portal stores it); the comment's id. */
    private UUID clientComments(UUID client) {
        UUID comment = UUID.randomUUID();
        jdbc.sql("""
                        insert into client_comment (id, client_id, area_id, topic, comment, written_at, account_id)
                        select ?, c.id, c.area_id, 'ACTION_PLAN', 'Voinko aloittaa aamuisin?', now(), a.id
                        from client c, user_account a where c.id = ? and a.username = 'coach1'""")
                .params(comment, client).update();
        return comment;
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
        String overview = browser.path();

        part("/referral");
        browser.openForm("/referral");
        click("source-SELF");
        browser.type("referredOn", "2.1.2026");
        browser.type("wishToWork", "Töihin puutarhaan");
        submit("/referral");
        savedOn("/referral", lang);
        browser.openForm("/outreach");
        browser.type("attemptedOn", "3.1.2026");
        choose("outcome", "REACHED");
        submit("/outreach");
        browser.openForm("/agreement");
        browser.type("agreedOn", "5.1.2026");
        click("how-PAPER_SIGNATURE");
        submit("/agreement");
        savedOn("/referral", lang);
        assertThat(browser.text()).contains("Töihin puutarhaan");

        part("/consents");
        browser.openForm("/consents");
        click("kind-EMPLOYMENT");
        click("kind-BENEFITS");
        browser.type("validFrom", "31.2.2026");
        submit("/consents");
        refusedWithTheSummaryFocused("validFrom");
        assertThat(browser.driver().findElement(By.id("validFrom")).getAttribute("value")).isEqualTo("31.2.2026");
        assertThat(browser.driver().findElement(By.id("kind-BENEFITS")).isSelected()).as("the ticks are kept").isTrue();
        browser.type("validFrom", "5.1.2026");
        submit("/consents");
        savedOn("/consents", lang);
        // two kinds for one party in one entry: one row of the table, each kind in force (decision 0066)
        WebElement entry = browser.driver().findElement(By.cssSelector("tr.consent-entry"));
        assertThat(entry.findElements(By.cssSelector("[data-kind]"))).extracting(kind -> kind.getAttribute("data-kind"))
                .containsExactly("BENEFITS", "EMPLOYMENT");
        assertThat(entry.findElements(By.cssSelector(".consent-state"))).extracting(WebElement::getText)
                .containsOnly(lang.equals("fi") ? "Voimassa" : "Gäller").hasSize(2);

        part("/counselling");
        browser.openForm("/counselling");
        browser.type("counselledOn", "6.1.2026");
        click("topic-EARNINGS_LIMITS");
        click("topic-REPORTING_EARNINGS");
        browser.type("counsellingOutcome", "Tulorajat käyty läpi");
        submit("/counselling");
        savedOn("/counselling", lang);
        assertThat(browser.text()).contains("Tulorajat käyty läpi");

        UUID comment = clientComments(UUID.fromString(overview.substring(overview.lastIndexOf('/') + 1)));
        part("/plan");
        browser.openForm("/plan");
        browser.type("startedOn", "5.1.2026");
        browser.type("goals", "Kausityö puutarhassa keväällä");
        submit("/plan");
        savedOn("/plan", lang);
        // the coach replies to the client's comment from the plan part (decision 0066)
        browser.openForm("/replies");
        browser.type("reply-" + comment, "Kysyn puutarhalta aamuvuoroja " + lang);
        submit("/replies");
        savedOn("/plan", lang);
        assertThat(browser.driver().findElement(By.id("plan-comments")).getText())
                .contains("Voinko aloittaa aamuisin?").contains("Kysyn puutarhalta aamuvuoroja " + lang);

        part("/profile");
        browser.openForm("/profile/meetings");
        browser.type("profileMetOn", "12.1.2026");
        browser.type("profileCovered", "Vahvuudet ja kiinnostukset");
        submit("/profile/meetings");
        browser.openForm("/profile/meetings");
        browser.type("profileMetOn", "19.1.2026");
        browser.type("profileCovered", "Työhistoria ja toiveet");
        submit("/profile/meetings");
        browser.openForm("/profile");
        browser.type("profileStrengths", "Tarkka ja luotettava");
        browser.type("preferredWork", "Puutarhatyö");
        choose("disclosurePreference", "PARTLY");
        submit("/profile");
        savedOn("/profile", lang);
        browser.openForm("/disclosure");
        browser.type("discussedOn", "19.1.2026");
        browser.type("agreedWording", "Minulla on pitkäaikainen sairaus");
        choose("disclosureDecision", "PARTLY");
        submit("/disclosure");
        assertThat(browser.text()).contains("Työhistoria ja toiveet", "Minulla on pitkäaikainen sairaus",
                "Tarkka ja luotettava");

        part("/plan");
        browser.openForm("/plan/reviews");
        browser.type("reviewedOn", "6.4.2026");
        choose("milestone", "3");
        browser.type("whatChanged", "Työkokeilu sovittu");
        submit("/plan/reviews");
        savedOn("/plan", lang);
        assertThat(browser.text()).contains("Kausityö puutarhassa keväällä", "Työkokeilu sovittu");

        part("/record");
        assertThat(browser.text()).contains("Puutarhatyö", "Vahvuudet ja kiinnostukset");
        browser.visit(overview);
        long desktop = browser.pageHeightAt(1366);
        long phone = browser.pageHeightAt(390);
        assertThat(browser.scrollsSideways()).as("the overview on a phone").isFalse();
        System.out.printf("Client record overview (%s): %d px at 1366 px, %d px at 390 px (the old one-page record: "
                + "%d px at 1366 px)%n", lang, desktop, phone, OLD_HEIGHT_1366);
        assertThat(desktop).isLessThan(2000);
        assertThat(browser.language()).isEqualTo(lang);
    }

    /** The GOV.UK error summary: at the top, focused, each problem a link to its field. */
    private void refusedWithTheSummaryFocused(String field) {
        WebElement summary = browser.driver().findElement(By.id("error-summary"));
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(summary);
        assertThat(summary.findElements(By.cssSelector("a")).stream().map(link -> link.getAttribute("href")))
                .anyMatch(href -> href.endsWith("#" + field));
    }
}
