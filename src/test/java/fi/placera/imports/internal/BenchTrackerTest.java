package fi.placera.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The tracker the import benchmark writes (bench/tracker.py for bench/import.sh, PF-import) is read by the importer
 * as the format it is meant to be: every table and column known, the workbook and the CSV files the same rows, the
 * broken workbook still readable (its errors are the rows' own, found when checked). So the benchmark cannot drift
 * from the format, at the cost of one small python run (the whole benchmark takes minutes: generation, two starts).
 */
class BenchTrackerTest {

    @Test
    void theBenchmarksTrackerIsReadAsTheFormatSaysAndTheWorkbookHoldsTheCsvFilesRows(@TempDir Path out)
            throws Exception {
        Process make = new ProcessBuilder("python3", "bench/tracker.py", "make", out.toString(), "--rows", "200",
                "--coaches", "coach.a,coach.b", "--care-teams", "CT-1", "--today", "2026-06-30")
                .redirectErrorStream(true).start();
        assertThat(make.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(make.exitValue()).as(new String(make.getInputStream().readAllBytes())).isZero();
        JsonNode expected = new ObjectMapper().readTree(out.resolve("expected.json").toFile());

        RawTables workbook = WorkbookTables.read(Files.readAllBytes(out.resolve("tracker.xlsx")));
        RawTables csv = CsvTables.read(csvFiles(out.resolve("csv")));
        RawTables broken = WorkbookTables.read(Files.readAllBytes(out.resolve("tracker-bad.xlsx")));

        assertThat(workbook.errors()).isEmpty();
        assertThat(csv.errors()).isEmpty();
        assertThat(broken.errors()).isEmpty();
        for (TrackerTable table : TrackerTable.values()) {
            assertThat(workbook.rows(table)).as(table.sheet()).hasSize(expected.at("/rows/" + table.sheet()).asInt())
                    .isEqualTo(csv.rows(table));
        }
        assertThat(expected.at("/errors").size()).as("broken rows").isEqualTo(10);
        assertThat(workbook.rows(TrackerTable.CLIENTS)).filteredOn(row -> row.cell("exit_date") == null)
                .as("one client per coach whose service goes on").hasSize(2);
    }

    private static Map<String, byte[]> csvFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.collect(Collectors.toMap(file -> file.getFileName().toString(), file -> {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }
}
