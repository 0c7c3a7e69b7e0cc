package fi.placera.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.placera.imports.ImportError;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading tracker tables: columns, encoding, quoted line breaks, values and dates as the contract defines them. */
class ImportReadingTest {

    private static final String CLIENTS = "client_ref,coach_ref,referral_date\nA-1,coach1,2025-03-01\n";
    private static final String JOBS = "client_ref,employer_name,start_date,competitive\n";
    private static final String CONTACTS = "coach_ref,contact_date,employer_name,face_to_face\n";

    private static RawTables read(String clients) {
        return read(clients.getBytes(StandardCharsets.UTF_8));
    }

    private static RawTables read(byte[] clients) {
        return CsvTables.read(Map.of("clients.csv", clients, "jobs.csv", JOBS.getBytes(StandardCharsets.UTF_8),
                "employer_contacts.csv", CONTACTS.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> reasons(RawTables tables) {
        return tables.errors().stream().map(error -> error.table() + ":" + error.row() + ":" + error.column() + ":"
                + error.reason()).toList();
    }

    @Test
    void readsRowsWithTheirSpreadsheetRowNumbersAndColumnsInAnyOrder() {
        RawTables tables = read("referral_date,client_ref,coach_ref\n2025-03-01,A-1,coach1\n\n2025-04-01,A-2,coach2\n");

        assertThat(tables.errors()).isEmpty();
        assertThat(tables.rows(TrackerTable.CLIENTS)).extracting(RawRow::number).containsExactly(2, 3);
        assertThat(tables.rows(TrackerTable.CLIENTS).get(1).cell("client_ref")).isEqualTo("A-2");
    }

    @Test
    void aQuotedLineBreakStaysInsideItsCell() {
        RawTables tables = read("client_ref,coach_ref,referral_date,exit_reason\n"
                + "A-1,coach1,2025-03-01,\"Moved away,\nto Tampere\"\nA-2,coach1,2025-03-02,\n");

        assertThat(tables.errors()).isEmpty();
        assertThat(tables.rows(TrackerTable.CLIENTS)).hasSize(2);
        assertThat(tables.rows(TrackerTable.CLIENTS).get(0).cell("exit_reason")).isEqualTo("Moved away,\nto Tampere");
        assertThat(tables.rows(TrackerTable.CLIENTS).get(1).number()).isEqualTo(3);
    }

    @Test
    void aFileNotInUtf8IsOneClearError() {
        RawTables tables = read("client_ref,coach_ref,referral_date\nÄ-1,coach1,2025-03-01\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(reasons(tables)).containsExactly("clients:null:null:import.file.encoding");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        assertThat(read("\uFEFF" + CLIENTS).errors()).isEmpty();
    }

    @Test
    void unknownAndMissingColumnsAreErrorsOnTheHeaderRow() {
        RawTables tables = read("client_ref,coach,referral_date\nA-1,coach1,2025-03-01\n");

        assertThat(reasons(tables)).containsExactlyInAnyOrder("clients:1:coach:import.column.unknown",
                "clients:1:coach_ref:import.column.missing");
    }

    @Test
    void aMissingFileIsAnError() {
        RawTables tables = CsvTables.read(Map.of("clients.csv", CLIENTS.getBytes(StandardCharsets.UTF_8)));

        assertThat(reasons(tables)).containsExactly("jobs:null:null:import.file.missing",
                "employer_contacts:null:null:import.file.missing");
    }

    @Test
    void datesAreStrictIsoDatesThatHaveCome() {
        List<ImportError> errors = new ArrayList<>();
        RawRow row = new RawRow(4, Map.of("a", "2026-02-30", "b", "1.3.2025", "c", "2025-03-01", "d", "2026-12-01"));
        Cells cells = new Cells(TrackerTable.CLIENTS, row, errors, LocalDate.of(2026, 11, 30));

        assertThat(cells.date("a")).isNull();
        assertThat(cells.date("b")).isNull();
        assertThat(cells.date("c")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(cells.date("d")).isNull();
        assertThat(errors).extracting(ImportError::column, ImportError::reason).containsExactly(
                tuple("a", "import.date.format"),
                tuple("b", "import.date.format"),
                tuple("d", "import.date.future"));
        assertThat(errors).allMatch(error -> error.row() == 4 && error.table().equals("clients"));
    }

    @Test
    void yesAndNoInFinnishSwedishAndEnglish() {
        List<ImportError> errors = new ArrayList<>();
        RawRow row = new RawRow(2, Map.of("a", "Kyllä", "b", "nej", "c", "JA", "d", "ei", "e", "maybe"));
        Cells cells = new Cells(TrackerTable.JOBS, row, errors, LocalDate.of(2026, 11, 30));

        assertThat(List.of(cells.yesNo("a"), cells.yesNo("b"), cells.yesNo("c"), cells.yesNo("d")))
                .containsExactly(true, false, true, false);
        assertThat(cells.yesNo("e")).isNull();
        assertThat(cells.yesNo("empty")).isNull();
        assertThat(errors).extracting(ImportError::reason).containsExactly("import.yes-no");
    }

    @Test
    void theSameRowValuesGiveTheSameKeyAndRepeatsGetTheirOwn() {
        UUID team = UUID.randomUUID();
        RowKeys first = new RowKeys(team, TrackerTable.EMPLOYER_CONTACTS);
        RowKeys again = new RowKeys(team, TrackerTable.EMPLOYER_CONTACTS);

        UUID one = first.next(List.of("coach1", "2025-03-01"));
        UUID two = first.next(List.of("coach1", "2025-03-01"));

        assertThat(one).isNotEqualTo(two);
        assertThat(List.of(again.next(List.of("coach1", "2025-03-01")), again.next(List.of("coach1", "2025-03-01"))))
                .containsExactly(one, two);
    }
}
