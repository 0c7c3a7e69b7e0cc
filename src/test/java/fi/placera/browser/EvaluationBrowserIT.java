package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.placera.testing.Given;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A client enrolled half a year ago has a baseline WHO-5. The coach makes a one-time link to the 6-month follow-up
 * in the client's language; the client opens it on a phone-width screen without logging in, saves part of the
 * answers, finishes and sends them; the coach then sees the new score and its change from the baseline — in Finnish
 * and Swedish, every page checked with axe.
 */
class EvaluationBrowserIT extends BrowserTestBase {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    @Autowired MockMvc mvc;
    @Autowired Given given;
    @Autowired Clock clock;

    /** A client of the demo team enrolled 190 days ago whose baseline WHO-5 the coach filled in: all 2s, i.e. 40. */
    private UUID clientWithABaseline(String lang) throws Exception {
        UUID client = given.client("coach1").named("Seija", "Seuranta-" + lang).speaking(lang)
                .agreedOn(LocalDate.now(clock).minusDays(190).format(DAY)).create();
        String form = mvc.perform(users.as("coach1", post("/clients/" + client + "/evaluation")).param("key", UUID.randomUUID().toString())
                .param("instrument", "WHO-5").param("timepoint", "BASELINE").param("mode", "COACH")
                .param("language", lang)).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(users.as("coach1", post(form)).param("item-1", "2").param("item-2", "2").param("item-3", "2").param("item-4", "2")
                .param("item-5", "2").param("submit", "true"));
        return client;
    }

    private void choose(String field, String value) {
        browser.driver().findElement(By.cssSelector("label[for='item-" + field + "-" + value + "']")).click();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void aClientAnswersAFollowUpOnAPhoneThroughALinkAndTheCoachSeesTheChange(String lang) throws Exception {
        UUID client = clientWithABaseline(lang);

        browser.chooseLanguage(lang);
        browser.logIn("coach1", users);
        browser.visit("/clients/" + client + "/evaluation");
        browser.checkPage();
        new Select(browser.driver().findElement(By.id("instrument"))).selectByValue("WHO-5");
        new Select(browser.driver().findElement(By.id("timepoint"))).selectByValue("MONTHS_6");
        assertThat(new Select(browser.driver().findElement(By.id("language"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(lang);
        browser.submit();
        browser.checkPage();
        String url = browser.driver().findElement(By.id("link-url")).getAttribute("value");
        assertThat(url).matches(".*/q/[A-Za-z0-9_-]{43}$");

        browser.clearCookies();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.driver().get(url);
        browser.checkPage();
        assertThat(browser.language()).isEqualTo(lang);
        assertThat(browser.text()).doesNotContain("Seuranta-" + lang);
        assertThat(browser.scrollsSideways()).isFalse();
        choose("1", "4");
        choose("2", "3");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("main button[value=false]")));
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("item-1-4")).isSelected()).isTrue();
        choose("3", "4");
        choose("4", "3");
        choose("5", "4");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElements(By.id("thanks"))).hasSize(1);
        browser.driver().get(url);
        browser.checkPage();
        assertThat(browser.driver().findElements(By.cssSelector("main form"))).isEmpty();

        browser.desktopSize();
        browser.clearCookies();
        browser.chooseLanguage(lang);
        browser.logIn("coach1", users);
        browser.visit("/clients/" + client + "/evaluation");
        browser.checkPage();
        // 4 + 3 + 4 + 3 + 4 = 18, × 4 = 72; the baseline was 40
        assertThat(browser.driver().findElements(By.cssSelector("#trend-WHO-5-total-data tbody tr")).get(1).getText())
                .contains("72").contains("32");
        assertThat(browser.language()).isEqualTo(lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void theTeamsEvaluationPagesPassTheAccessibilityScan(String lang) {
        browser.chooseLanguage(lang);
        browser.logIn("teamleader", users);
        browser.visit("/evaluation");
        browser.checkPage();
        browser.visit("/evaluation/costs");
        browser.checkPage();
        browser.visit("/evaluation/self-reports/new");
        browser.checkPage();
        browser.type("whatWorked", "Nopea työnhaku " + lang);
        browser.type("to", "1.1.2000");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("whatWorked")).getAttribute("value")).isEqualTo("Nopea työnhaku " + lang);
        browser.logOut();
        browser.clearCookies();
        browser.chooseLanguage(lang);
        browser.logIn("admin", users);
        browser.visit("/admin/instruments");
        browser.checkPage();
        browser.type("code", "OMA-" + lang.toUpperCase(java.util.Locale.ROOT));
        browser.type("definition", "{not json");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("definition-error")).isDisplayed()).isTrue();
    }
}
