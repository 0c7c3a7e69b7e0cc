package fi.placera.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A team leader moves the team in from its tracker in Swedish: uploads a small workbook, reads the preview,
 * confirms from the keyboard and finds the imported clients on the client list; every page checked with axe.
 */
class ImportBrowserIT extends BrowserTestBase {

    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";

    @TempDir Path directory;

    @Test
    void theTeamLeaderImportsAWorkbookThroughPreviewAndConfirmation() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Path workbook = workbook(users.newCoach(), suffix);
        browser.chooseLanguage("sv");
        browser.logIn("teamleader", users);

        browser.visit("/imports");
        new Select(browser.driver().findElement(By.id("team"))).selectByValue(DEMO_TEAM);
        browser.driver().findElement(By.id("workbook")).sendKeys(workbook.toString());
        browser.submit();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("import-counts")).getText()).contains("Klienter 2 0", "Arbeten 1 0");
        assertThat(browser.text()).contains("Lind-" + suffix);

        browser.driver().findElement(By.id("confirm-import")).sendKeys("");
        browser.clickAndWaitOnEnter();
        browser.checkPage();
        assertThat(browser.driver().findElement(By.id("import-stored")).getText()).contains("2 klienter");

        // the team's list holds every client of the demo team: the search finds the two imported ones
        browser.visit("/clients?q=" + suffix);
        assertThat(browser.text()).contains("Lind-" + suffix, "Berg-" + suffix);
        // the imported job is an ordinary record: the outcome report of the day it began counts it
        browser.visit("/reports/outcomes?subject=team:POH-IPS1&from=1.8.2025&to=1.8.2025");
        assertThat(Integer.parseInt(browser.driver().findElement(By.cssSelector("#field-job_starts td")).getText()))
                .isPositive();
        assertThat(browser.language()).isEqualTo("sv");
    }

    private Path workbook(String coach, String suffix) throws Exception {
        Path file = directory.resolve("tracker.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook book = new Workbook(out, "Placera test", "1.0");
            sheet(book, "clients", List.of(
                    List.of("client_ref", "first_name", "last_name", "coach_ref", "referral_date", "enrolment_date"),
                    List.of("S-1-" + suffix, "Sara", "Lind-" + suffix, coach, "2025-05-02", "2025-05-20"),
                    List.of("S-2-" + suffix, "Erik", "Berg-" + suffix, coach, "2025-06-01", "")));
            sheet(book, "jobs", List.of(
                    List.of("client_ref", "employer_name", "start_date", "competitive", "hours_per_week"),
                    List.of("S-1-" + suffix, "Bageri " + suffix, "2025-08-01", "ja", "15")));
            sheet(book, "employer_contacts", List.of(
                    List.of("coach_ref", "contact_date", "employer_name", "face_to_face"),
                    List.of(coach, "2025-07-15", "Bageri " + suffix, "ja")));
            book.finish();
        }
        return file;
    }

    private static void sheet(Workbook book, String name, List<List<String>> rows) {
        Worksheet sheet = book.newWorksheet(name);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
        }
    }
}
