package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Issue 28's "done when": a coach's working day, in Finnish and Swedish, on a desktop (1366 px) and a phone (390 px),
 * through the pages only. A new coach of the demo team with one client of their own finds the client by search, opens
 * the overview, is refused a meeting note on an impossible day (the error summary at the top takes focus, the input
 * kept), records it, books an appointment for tomorrow, records an employer contact about the client and their job
 * start, and sees the week's day-by-day agenda and the client working. Every page is checked (axe on its first view,
 * decision 0047); on a phone none scrolls sideways and the record's sub-navigation fits the screen. At 1366 px the
 * overview's height (under 2,000 px) and the tallest part walked are printed for the closing note of issue 28.
 */
class CoachDayBrowserIT extends BrowserTestBase {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final int PHONE = 390;

    @Autowired Given given;
    @Autowired Clock clock;
    @Autowired MessageSource messages;

    private int width;
    private Locale locale;
    /** The height of each part of the record walked at desktop width, by its path's last segment. */
    private final Map<String, Long> partHeights = new LinkedHashMap<>();

    @AfterEach
    void anyWidthAgain() {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"fi, 1366", "sv, 1366", "fi, 390", "sv, 390"})
    void aCoachsWorkingDayFromSearchToTheWeek(String lang, int px) throws Exception {
        width = px;
        locale = Locale.forLanguageTag(lang);
        String suffix = lang + px + "-" + UUID.randomUUID().toString().substring(0, 6);
        String lastName = "Päivä-" + suffix;
        LocalDate today = LocalDate.now(clock);
        String coach = users.newCoachWhoSignsIn();
        UUID employer = given.employer("Kahvila " + suffix);
        UUID client = given.client(coach).named("Aino", lastName).speaking(lang)
                .agreedOn(today.minusDays(14).format(DAY)).consentToTheEmployer(employer).create();
        String record = "/clients/" + client;

        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", px, "height", px == PHONE ? 844 : 900, "deviceScaleFactor", 1, "mobile", px == PHONE));
        browser.chooseLanguage(lang);
        walked();
        browser.logInWithPassword(coach, DemoUsers.PASSWORD);
        walked();
        browser.type("code", users.nextTotpCode());
        browser.submit();
        page();

        // 1. find the client among the whole team's by a part of the name, open the overview
        click(".main-nav a[href='/clients']");
        new Select(browser.driver().findElement(By.id("coach"))).selectByValue("all");
        browser.type("q", lastName.substring(0, lastName.length() - 2));
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("form.caseload-search button[type=submit]")));
        page();
        assertThat(script("return [...document.querySelectorAll('main tbody a')].map(a => a.getAttribute('href'));"))
                .as("the search finds exactly the client").isEqualTo(List.of(record));
        click("main tbody a");
        assertThat(browser.path()).isEqualTo(record);
        assertThat(mainText()).contains("Aino " + lastName, text("week.phase.ENGAGEMENT"));

        // 6. a refused save: the error summary at the top, focused, linking to the field, everything typed kept
        part("meetings");
        browser.openForm("/meetings");
        String note = "Puhuttiin kahvilatyöstä " + suffix;
        browser.type("metOn", "31.2.2026");
        browser.type("metAt", "10.15");
        browser.type("note", note);
        submit("#note-form");
        refusedWithTheSummaryFocused("metOn", "note-form");
        assertThat(script("return [document.getElementById('metOn').value, document.getElementById('note').value];"))
                .isEqualTo(List.of("31.2.2026", note));

        // 2. a meeting note with the client, on the part and on the overview's last contacts
        browser.type("metOn", today.format(DAY));
        submit("#note-form");
        assertThat(status()).isEqualTo(text("meetings.client.saved"));
        assertThat(elementText("meeting-notes")).contains(note, text("meetings.client.mode.FACE_TO_FACE"));

        // 3. an appointment tomorrow
        LocalDate tomorrow = today.plusDays(1);
        browser.openForm("/appointments");
        browser.type("appointmentDay", tomorrow.format(DAY));
        browser.type("appointmentStart", "9.00");
        browser.type("appointmentEnd", "10.00");
        browser.type("appointmentPlace", "Kirjasto " + suffix);
        submit("#appointment-form");
        assertThat(status()).isEqualTo(text("meetings.appointment.booked"));
        assertThat(elementText("appointments")).contains(tomorrow.format(DAY) + " 9.00–10.00", "Kirjasto " + suffix);

        part("");
        assertThat(elementText("contacts-heading", "section")).contains(today.format(DAY) + ": "
                + text("client.overview.contact.MEETING"));

        // 4. an employer contact about the client, from the overview, then the job start on the jobs part
        click("main a[href^='/employer-contacts/new']");
        assertThat(script("return document.getElementById('clientId').value;")).isEqualTo(client.toString());
        new Select(browser.driver().findElement(By.id("employerId"))).selectByValue(employer.toString());
        browser.type("outcome", "Työkokeilusta sovittu " + suffix);
        browser.submit();
        page();
        assertThat(browser.path()).startsWith("/employers/" + employer);
        assertThat(status()).isEqualTo(text("employer.contact.saved"));
        assertThat(elementText("contacts-heading", "section"))
                .contains(today.format(DAY), "Aino " + lastName, "Työkokeilusta sovittu " + suffix);

        // the employer's page leads to no client: the coach types or picks the record's address
        browser.visit(record + "/jobs");
        walked();
        browser.openForm("/jobs");
        assertThat(script("return document.getElementById('jobStartedOn').value;"))
                .as("a job start is about today unless changed").isEqualTo(today.format(DAY));
        new Select(browser.driver().findElement(By.id("employerId"))).selectByValue(employer.toString());
        browser.type("jobTitle", "Barista");
        browser.type("hoursPerWeek", "25");
        submit("form[action$='/jobs']");
        assertThat(status()).isEqualTo(text("form.saved", text("client.part.jobs")));
        assertThat(elementText("jobs-heading", "section")).contains("Kahvila " + suffix, "Barista",
                today.format(DAY));

        // 5. the week: the appointment on tomorrow's line of the agenda, the client working
        click(".main-nav a[href='/week']");
        assertThat(script("const day = document.getElementById('agenda-' + arguments[0]);"
                + " return day ? day.nextElementSibling.innerText : null;", tomorrow.toString()))
                .as("tomorrow on the agenda").asString().contains("9.00–10.00", "Aino " + lastName, "Kirjasto " + suffix);
        assertThat(script("const row = document.querySelector(`#main td a[href='${arguments[0]}']`)?.closest('tr');"
                + " return row ? row.cells[1].innerText : null;", record)).isEqualTo(text("week.phase.WORKING"));

        click("#main td a[href='" + record + "']");
        assertThat(mainText()).contains(text("week.phase.WORKING"));
        assertThat(elementText("contacts-heading", "section")).contains(
                today.format(DAY) + ": " + text("client.overview.contact.MEETING"),
                today.format(DAY) + ": " + text("client.overview.contact.EMPLOYER_FACE_TO_FACE"));
        if (px != PHONE) {
            long overview = height();
            Map.Entry<String, Long> tallest = partHeights.entrySet().stream().max(Map.Entry.comparingByValue())
                    .orElseThrow();
            System.out.printf("Client record at %d px (%s): overview %d px; tallest part walked %s %d px; "
                    + "overview plus that part %d px (parts walked: %s)%n", px, lang, overview, tallest.getKey(),
                    tallest.getValue(), overview + tallest.getValue(), partHeights);
            assertThat(overview).as("the overview's height at %d px", px).isLessThan(2000);
        }
        assertThat(browser.language()).isEqualTo(lang);
    }

    /** The GOV.UK error summary: first in the main content before the form, shown, focused, a link to the field. */
    @SuppressWarnings("unchecked")
    private void refusedWithTheSummaryFocused(String field, String form) {
        Map<String, Object> summary = (Map<String, Object>) script("""
                const summary = document.getElementById('error-summary');
                if (!summary) return {present: false};
                return {present: true, shown: summary.getClientRects().length > 0,
                        focused: document.activeElement === summary,
                        beforeTheForm: !!(summary.compareDocumentPosition(document.getElementById(arguments[1]))
                                          & Node.DOCUMENT_POSITION_FOLLOWING),
                        onScreen: summary.getBoundingClientRect().top >= 0
                                  && summary.getBoundingClientRect().top < window.innerHeight,
                        links: [...summary.querySelectorAll('a')].map(a => a.getAttribute('href')),
                        target: !!document.getElementById(arguments[0])};""", field, form);
        assertThat(summary).as("the error summary of the refused form").containsEntry("present", true)
                .containsEntry("shown", true).containsEntry("focused", true).containsEntry("beforeTheForm", true)
                .containsEntry("onScreen", true).containsEntry("target", true);
        assertThat((List<String>) summary.get("links")).contains("#" + field);
    }

    /** Clicks a link and checks the page it leads to. */
    private void click(String css) {
        browser.clickAndWait(browser.driver().findElement(By.cssSelector(css)));
        page();
    }

    /** Submits the form (a CSS selector) and checks the page that answers. */
    private void submit(String form) {
        browser.clickAndWait(browser.driver().findElement(By.cssSelector(form + " button[type=submit]")));
        page();
    }

    /** Goes to a part of the record ("" for the overview) by its sub-navigation, which is marked there. */
    private void part(String name) {
        String suffix = name.isEmpty() ? "" : "/" + name;
        String clientPath = browser.path().replaceAll("^(/clients/[0-9a-f-]{36}).*$", "$1");
        click("nav.record-nav a[href='" + clientPath + suffix + "']");
        assertThat(script("return document.querySelector('nav.record-nav a[aria-current=page]')?.getAttribute('href');"))
                .isEqualTo(clientPath + suffix);
    }

    /** Checks the page the browser is on and measures it; see {@link #walked()}. */
    private void page() {
        browser.checkPage();
        walked();
    }

    /**
     * One script call per page of the walk: on a phone nothing may scroll sideways and every link of the record's
     * sub-navigation must fit the screen and be a target of at least 24 px (WCAG 2.5.8); on a desktop the record's
     * parts are measured.
     */
    @SuppressWarnings("unchecked")
    private void walked() {
        Map<String, Object> page = (Map<String, Object>) script("""
                const root = document.documentElement;
                const links = [...document.querySelectorAll('nav.record-nav a')].map(a => a.getBoundingClientRect());
                return {scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, height: root.scrollHeight,
                        navLinks: links.length,
                        navFits: links.every(r => r.left >= 0 && r.right <= window.innerWidth
                                                  && r.height >= 24 && r.width >= 24)};""");
        String path = browser.path();
        if (width == PHONE) {
            assertThat(((Number) page.get("scrollWidth")).longValue()).as("sideways scrolling on %s at %d px", path, width)
                    .isLessThanOrEqualTo(((Number) page.get("innerWidth")).longValue());
            assertThat(page.get("navFits")).as("the record's sub-navigation fits a %d px screen on %s", width, path)
                    .isEqualTo(true);
        } else if (((Number) page.get("navLinks")).intValue() > 0 && path.matches("/clients/[0-9a-f-]{36}/.+")) {
            partHeights.put(path.replaceAll("^/clients/[0-9a-f-]{36}/([^?#]+).*$", "$1"),
                    ((Number) page.get("height")).longValue());
        }
    }

    private long height() {
        return ((Number) script("return document.documentElement.scrollHeight;")).longValue();
    }

    private Object script(String script, Object... args) {
        return browser.driver().executeScript(script, args);
    }

    private String mainText() {
        return (String) script("return document.getElementById('main').innerText;");
    }

    /** The text of the element with this id, or of its closest ancestor of the given tag. */
    private String elementText(String id, String... closest) {
        return (String) script("const e = document.getElementById(arguments[0]);"
                + " return e ? (arguments[1] ? e.closest(arguments[1]) : e).innerText : null;", id,
                closest.length == 0 ? null : closest[0]);
    }

    /** The page's status message (a save's confirmation, announced by screen readers). */
    private String status() {
        return (String) script("return document.querySelector('#main [role=status]:not(:empty)')?.innerText.trim();");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
