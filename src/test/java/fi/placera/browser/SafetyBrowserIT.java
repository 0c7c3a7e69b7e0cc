package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.placera.testing.Given;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The safety flow on a phone (390 px), in Finnish and Swedish, every page checked with axe: a client answers PHQ-9
 * through a one-time link, is asked once about the question left unanswered, answers item 9 with "more than half the
 * days" and at once sees the crisis contacts in their language; the team leader and the coach find the urgent task at
 * the top of their week, the coach records what was done and the task is gone.
 */
class SafetyBrowserIT extends BrowserTestBase {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    @Autowired MockMvc mvc;
    @Autowired Given given;
    @Autowired Clock clock;

    /** A new client of coach1, enrolled a week ago, in the language; returns their id. */
    private UUID client(String lastName, String lang) throws Exception {
        UUID client = given.client("coach1").named("Siiri", lastName).speaking(lang)
                .agreedOn(LocalDate.now(clock).minusDays(7).format(DAY)).create();
        return client;
    }

    /** The one-time link the coach makes for PHQ-9 in the language. */
    private String link(UUID client, String lang) throws Exception {
        String made = mvc.perform(users.as("coach1", post("/clients/" + client + "/evaluation")).param("key", UUID.randomUUID().toString())
                .param("instrument", "PHQ-9").param("timepoint", "BASELINE").param("mode", "LINK")
                .param("language", lang)).andReturn().getResponse().getContentAsString();
        String url = Jsoup.parse(made).getElementById("link-url").attr("value");
        return url.substring(url.indexOf("/q/"));
    }

    private void choose(int item, int value) {
        browser.driver().findElement(By.cssSelector("label[for='item-" + item + "-" + value + "']")).click();
    }

    /** The elements wider than the window, for the message of a failed check. */
    private Object tooWide() {
        return browser.driver().executeScript("""
                return Array.from(document.querySelectorAll('main *'))
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth)
                    .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');""");
    }

    private String urgent() {
        return browser.driver().findElements(By.id("urgent")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void aClientsSafetyAnswerShowsTheCrisisContactsAndPutsAnUrgentTaskOnTheWeekUntilDealtWith(String lang)
            throws Exception {
        String lastName = "Turvallinen-" + lang + "-" + UUID.randomUUID().toString().substring(0, 4);
        UUID client = client(lastName, lang);
        String path = link(client, lang);

        browser.phoneSize();
        browser.visit(path);
        assertThat(browser.language()).isEqualTo(lang);
        assertThat(browser.driver().findElement(By.id("stem")).getText())
                .isEqualTo(lang.equals("sv") ? "Hur ofta har du besvärats av följande under de senaste två veckorna?"
                        : "Kuinka usein seuraavat asiat ovat vaivanneet sinua viimeisten kahden viikon aikana?");
        assertThat(browser.scrollsSideways()).isFalse();
        for (int item = 1; item <= 8; item++) {
            choose(item, 1);
        }
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("ask-missing")).getText())
                .startsWith(lang.equals("sv") ? "En fråga är obesvarad" : "Yksi kysymys on vastaamatta");
        choose(9, 2);
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("crisis")).getAttribute("lang")).isEqualTo(lang);
        assertThat(browser.driver().findElement(By.id("crisis-line")).getText())
                .contains(lang.equals("sv") ? "09 2525 0112" : "09 2525 0111");
        assertThat(browser.driver().findElement(By.id("crisis-emergency")).getText()).contains("112");
        assertThat(browser.scrollsSideways()).isFalse();

        browser.clearCookies();
        browser.chooseLanguage(lang);
        browser.logIn("teamleader", users);
        browser.visit("/week");
        assertThat(urgent()).contains(lastName);
        browser.logOut();

        browser.clearCookies();
        browser.chooseLanguage(lang);
        browser.logIn("coach1", users);
        browser.visit("/week");
        assertThat(urgent()).contains(lastName);
        assertThat(browser.scrollsSideways()).isFalse();
        browser.clickAndWait(browser.driver().findElement(By.partialLinkText(lastName)));
        browser.checkPage();
        browser.driver().findElement(By.cssSelector("label[for=contactedClient]")).click();
        browser.type("note", lang.equals("sv") ? "Ringde klienten, besök i morgon." : "Soitin, käynti huomenna.");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("alert-closing")).getText()).contains(
                lang.equals("sv") ? "Kontaktade klienten" : "Otin yhteyttä asiakkaaseen");
        browser.visit("/week");
        assertThat(urgent()).doesNotContain(lastName);
        browser.visit("/clients/" + client + "/evaluation");
        assertThat(browser.driver().findElement(By.id("safety-alerts")).getText()).contains("PHQ-9");
        assertThat(browser.scrollsSideways()).as("too wide: %s", tooWide()).isFalse();
        browser.logOut();

        browser.clearCookies();
        browser.chooseLanguage(lang);
        browser.logIn("admin", users);
        browser.visit("/admin/crisis-contacts");
        browser.visit("/admin/crisis-contacts/17");
        assertThat(browser.scrollsSideways()).isFalse();
    }
}
