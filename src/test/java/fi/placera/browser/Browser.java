package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fi.placera.statutory.AccessibilityChecks;
import fi.placera.testing.DemoUsers;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through /usr/bin/chromedriver (nothing downloaded). Every page it visits is
 * checked for untranslated message keys and a valid {@code lang}, and each distinct page (see {@link PageKind}) is
 * scanned once per run ({@link AxeClaims}) with axe-core for WCAG 2.1 A and AA (the tags of
 * statutory/accessibility.json, which the accessibility statement shows); any finding fails the test. One Chromium
 * serves the whole test JVM ({@link #shared}), since starting one costs seconds (decision 0047).
 */
final class Browser implements AutoCloseable {

    /** The axe-core tags of WCAG 2.1 A and AA, from the file the accessibility statement is generated from. */
    private static final List<String> WCAG_21_AA = AccessibilityChecks.load().axeTags();
    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    private static final Duration POLL = Duration.ofMillis(20);
    /** A message key shown as such: lower-case words joined by at least two dots ({@code clients.form.name}). */
    private static final Pattern RAW_KEY = Pattern.compile("\\b[a-z]+(\\.[a-z-]+){2,}\\b");
    private static final AtomicInteger SCANS = new AtomicInteger();
    private static final AtomicInteger CHECKS = new AtomicInteger();
    private static final AtomicLong SCAN_NANOS = new AtomicLong();
    private static final AtomicLong LOAD_NANOS = new AtomicLong();
    private static Browser shared;

    private final ChromeDriver driver;
    private String base;

    /**
     * The test JVM's one Chromium, started on first use and quit when the JVM exits, reset for a new test: no page
     * open, no cookies or stored data, desktop size. A Chromium that no longer answers is replaced.
     */
    static synchronized Browser shared(int port) {
        if (shared != null && !shared.reset(port)) {
            shared.quietlyClose();
            shared = null;
        }
        if (shared == null) {
            Browser started = new Browser(port);
            Runtime.getRuntime().addShutdownHook(new Thread(started::quietlyClose, "placera-chromium-quit"));
            shared = started;
        }
        return shared;
    }

    /**
     * How many pages this JVM scanned with axe and how long that took, how many it checked without a scan, and how
     * long Chromium took to load the pages visited by address, for the test log.
     */
    static String scanCounts() {
        return SCANS.get() + " axe scans of distinct pages (" + SCAN_NANOS.get() / 1_000_000 + " ms), " + CHECKS.get()
                + " page checks without a scan, " + LOAD_NANOS.get() / 1_000_000 + " ms in driver.get";
    }

    /**
     * Debian's chromium-headless-shell (the headless-only build, Chrome's former "old headless" mode) rather than the
     * full Chromium in --headless=new: the same Blink and V8, a quarter less CPU per page (decision 0047). Chromedriver
     * keeps its profile in a directory of its own and removes it on quit; the shell finds no page when given one.
     */
    Browser(int port) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium-headless-shell");
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-features=BackForwardCache,RenderDocument", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        base = "http://localhost:" + port;
        desktopSize();
    }

    /** Leaves the page and forgets every cookie and stored item; false when Chromium no longer answers. */
    private boolean reset(int port) {
        try {
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", "all"));
            base = "http://localhost:" + port;
            desktopSize();
            return true;
        } catch (WebDriverException gone) {
            return false;
        }
    }

    /** Loads a page and checks it: accessibility, language, no raw message keys. */
    Browser visit(String path) {
        long started = System.nanoTime();
        driver.get(base + path);
        LOAD_NANOS.addAndGet(System.nanoTime() - started);
        return checkPage();
    }

    /**
     * Checks whatever page the browser is on now (after a click or a form submit): an axe scan when no page of its
     * kind has been scanned in this run yet ({@link AxeClaims}; another language or visit of a scanned page is the
     * same markup with other words), otherwise its language; on every page, that no message key is shown raw.
     */
    Browser checkPage() {
        PageKind.View page = PageKind.of(driver);
        if (AxeClaims.claim(page.kind())) {
            scanOrRelease(page.kind());
        } else {
            CHECKS.incrementAndGet();
            assertThat(page.language()).as("lang of %s", driver.getCurrentUrl()).isIn(LANGUAGES);
        }
        assertThat(page.text()).as("raw message keys on %s", driver.getCurrentUrl())
                .doesNotContain("??").doesNotContainPattern(RAW_KEY);
        return this;
    }

    /** The ids of the rules axe-core (as injected by the scans) runs for the build's tags, on the current page. */
    @SuppressWarnings("unchecked")
    List<String> axeRuleIds() {
        new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Object> rules = (List<Object>) ((JavascriptExecutor) driver)
                .executeScript("return axe.getRules(arguments[0]).map(rule => rule.ruleId);", WCAG_21_AA);
        return rules.stream().map(String::valueOf).toList();
    }

    /** The version of axe-core the scans inject. */
    String axeVersion() {
        new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return axe.version;"));
    }

    /** Scans the page; a faulty page's kind is released, so that it is scanned again wherever it is shown. */
    private void scanOrRelease(String kind) {
        try {
            scan();
        } catch (AssertionError faulty) {
            AxeClaims.release(kind);
            throw faulty;
        }
    }

    /**
     * axe in the page itself ("legacy" mode): Placera's pages have no frames, so the default mode's extra blank
     * window, which gathers the results of frames, would only cost time.
     */
    private void scan() {
        SCANS.incrementAndGet();
        long started = System.nanoTime();
        List<Rule> violations = axeViolations();
        SCAN_NANOS.addAndGet(System.nanoTime() - started);
        assertThat(violations).as("axe WCAG 2.1 AA violations on %s:%n%s", driver.getCurrentUrl(),
                describe(violations)).isEmpty();
    }

    /** The rules of the build's tags that the page the browser shows now breaks. */
    List<Rule> axeViolations() {
        return new AxeBuilder().withOptions(violationsOnly()).withTags(WCAG_21_AA).setLegacyMode().analyze(driver)
                .getViolations();
    }

    String language() {
        return (String) driver.executeScript("return document.documentElement.getAttribute('lang');");
    }

    void chooseLanguage(String lang) {
        driver.get(base + "/login?lang=" + lang);
    }

    /** Both login steps through the real forms, typing as a person would. */
    void logIn(String username, DemoUsers users) {
        logInWithPassword(username, DemoUsers.PASSWORD);
        type("code", users.nextTotpCode());
        submit();
    }

    /** The login form; not loaded again when the browser is on it already (as after {@link #chooseLanguage}). */
    void logInWithPassword(String username, String password) {
        if (driver.getCurrentUrl().matches(Pattern.quote(base) + "/login(\\?lang=[a-z]{2})?")) {
            checkPage();
        } else {
            visit("/login");
        }
        type("username", username);
        type("password", password);
        submit();
    }

    void logOut() {
        clickAndWait(driver.findElement(By.cssSelector("form.logout button")));
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Submits the page's main form and waits for the next page to load. */
    void submit() {
        clickAndWait(driver.findElement(By.cssSelector("main form button[type=submit]")));
    }

    /** Presses Enter on the focused element and waits for the next page. */
    void clickAndWaitOnEnter() {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForNextPage(page);
    }

    void clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        waitForNextPage(page);
    }

    /**
     * A wait that asks again every {@link #POLL}: Selenium's default of 500 ms made every form submit in the browser
     * tests wait about half a second after the next page was already there.
     */
    WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    /** Until the old page is gone (Chromium reports that in two ways) and the new one has loaded. */
    private void waitForNextPage(WebElement oldPage) {
        WebDriverWait wait = waitUpTo(Duration.ofSeconds(15));
        wait.until(browser -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException navigating) {
                return String.valueOf(navigating.getMessage()).contains("does not belong to the document");
            }
        });
        wait.until(browser -> "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState")));
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    ChromeDriver driver() {
        return driver;
    }

    void phoneSize() {
        driver.manage().window().setSize(new Dimension(360, 740));
    }

    void desktopSize() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Opens the form that posts to an action ending in {@code action} from its "add"/"change" control (decision 0060). */
    void openForm(String action) {
        driver.findElement(By.cssSelector("details.action:has(form[action$='" + action + "']) > summary")).click();
    }

    /** The whole page's height in CSS pixels with the window this wide (the window stays that size). */
    long pageHeightAt(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        waitUpTo(Duration.ofSeconds(5)).until(browser -> ((Number) ((JavascriptExecutor) browser)
                .executeScript("return window.innerWidth;")).intValue() <= width);
        return ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;")).longValue();
    }

    boolean scrollsSideways() {
        return (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
    }

    void clearCookies() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private void quietlyClose() {
        try {
            close();
        } catch (WebDriverException alreadyGone) {
            // the JVM is ending or Chromium has died: nothing is left to clean up that matters
        }
    }

    /**
     * axe still runs every rule on every element, but gives the details of the violations only: the passes' nodes
     * (most of the page), which were serialised, sent and parsed for each scan, are never read here.
     */
    private static AxeRunOptions violationsOnly() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + " at " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "))).collect(Collectors.joining("\n"));
    }
}
