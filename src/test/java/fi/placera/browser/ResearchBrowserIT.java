package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;

/**
 * The national administrator creates a research study (a bad date comes back next to its field with everything
 * typed kept), the study's evaluator makes an extract and follows its progress on the page until it is ready and
 * takes it and checks it on the page for extracts brought back, and the administrator finds the delivery in the
 * disclosure trail — in Finnish and Swedish, every page checked with axe.
 */
class ResearchBrowserIT extends BrowserTestBase {

    /** Where extracts are written: per test fork, so read from the configuration. */
    @Value("${placera.research.work-dir}") Path work;

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void aStudyIsCreatedAndItsExtractRunsWithProgress(String lang) {
        String name = "Selaintutkimus " + lang + " " + UUID.randomUUID().toString().substring(0, 8);
        browser.chooseLanguage(lang);
        browser.logIn("admin", users);
        browser.visit("/research/studies");
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("a[href$='/research/studies/new']")));
        browser.checkPage();
        browser.type("name", name);
        browser.driver().findElement(By.id("area-17")).click();
        browser.type("from", "1.1.2025");
        browser.type("to", "32.13.2026");
        browser.type("basisReference", "THL/1234/14.06.00/2026");
        browser.type("evaluators", "evaluator");
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElements(By.id("to-error"))).hasSize(1);
        assertThat(browser.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.driver().findElement(By.id("area-17")).isSelected()).isTrue();
        assertThat(browser.driver().findElement(By.id("evaluators")).getAttribute("value")).isEqualTo("evaluator");
        browser.type("to", "31.12.2026");
        browser.submit();
        browser.checkPage();
        assertThat(browser.path()).matches("/research/studies/\\d+\\?created");
        String study = browser.path().replace("?created", "");
        assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText()).isEqualTo(name);
        browser.logOut();

        browser.logIn("evaluator", users);
        browser.visit(study);
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("#extract-form button[type=submit]")));
        browser.checkPage();
        assertThat(browser.path()).startsWith("/research/extracts/");
        String job = browser.path().substring("/research/extracts/".length());
        assertThat(browser.driver().findElements(By.id("job-progress"))).hasSize(1);
        browser.waitUpTo(Duration.ofSeconds(120))
                .until(driver -> !driver.findElements(By.id("download")).isEmpty());
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("job-progress")).getAttribute("value")).isEqualTo("100");
        String download = browser.driver().findElement(By.id("download")).getAttribute("href");
        Object fetched = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(response => response.arrayBuffer().then(body => done(response.status + ' '
                    + response.headers.get('content-type') + ' ' + new TextDecoder().decode(body.slice(0, 2)))));""",
                download);
        assertThat(fetched).isEqualTo("200 application/zip PK");
        // the extract brought back to be checked: unchanged, and its delivery found by its checksum
        browser.visit("/research/verify");
        browser.checkPage();
        browser.driver().findElement(By.id("file"))
                .sendKeys(work.resolve("extract-" + job + ".zip").toAbsolutePath().toString());
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("verdict")).getAttribute("class")).contains("alert--success");
        assertThat(browser.driver().findElements(By.cssSelector("#deliveries tbody tr"))).hasSize(1);
        browser.visit(study);
        assertThat(browser.driver().findElements(By.cssSelector("#extracts tbody tr"))).isNotEmpty();
        browser.logOut();

        browser.logIn("admin", users);
        browser.visit("/research/disclosures");
        assertThat(browser.driver().findElement(By.id("disclosures")).getText()).contains(name);
        assertThat(browser.language()).isEqualTo(lang);
    }
}
