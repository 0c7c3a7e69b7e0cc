package fi.placera.imports.internal;

import fi.placera.identity.PlaceraUser;
import fi.placera.imports.ImportError;
import fi.placera.imports.ImportResult;
import fi.placera.imports.ImportResult.Counts;
import fi.placera.imports.ImportResult.Sample;
import fi.placera.imports.TrackerFiles;
import fi.placera.imports.TrackerImports;
import fi.placera.organisation.IpsTeamSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads, checks and stores a tracker. A preview stores it in a transaction that is then rolled back, so its
 * counts are what the import really does, without a second way of computing them.
 */
@Service
class TrackerImporter implements TrackerImports {

    private final TrackerValidation validation;
    private final TrackerStore store;
    private final TransactionTemplate transactions;

    TrackerImporter(TrackerValidation validation, TrackerStore store,
            PlatformTransactionManager transactions) {
        this.validation = validation;
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public ImportResult preview(IpsTeamSummary team, TrackerFiles files, PlaceraUser importer, Locale locale) {
        return run(team, files, importer, locale, false);
    }

    @Override
    public ImportResult store(IpsTeamSummary team, TrackerFiles files, PlaceraUser importer, Locale locale) {
        return run(team, files, importer, locale, true);
    }

    private ImportResult run(IpsTeamSummary team, TrackerFiles files, PlaceraUser importer, Locale locale,
            boolean commit) {
        List<ImportError> tooLarge = tooLarge(files);
        if (!tooLarge.isEmpty()) {
            return ImportResult.failed(tooLarge);
        }
        RawTables tables = files.isWorkbook() ? WorkbookTables.read(files.workbook()) : CsvTables.read(files.csvFiles());
        if (!tables.errors().isEmpty()) {
            return ImportResult.failed(tables.errors());
        }
        TrackerPlan plan = validation.validate(team, tables, importer);
        if (!plan.errors().isEmpty()) {
            return ImportResult.failed(plan.errors());
        }
        try {
            Counts counts = transactions.execute(status -> {
                Counts stored = store.store(plan, importer.accountId(), locale);
                if (!commit) {
                    status.setRollbackOnly();
                }
                return stored;
            });
            return new ImportResult(List.of(), counts, samples(tables));
        } catch (ImportFailed failed) {
            return ImportResult.failed(List.of(failed.error()));
        }
    }

    private static List<ImportError> tooLarge(TrackerFiles files) {
        Stream<Map.Entry<String, byte[]>> contents = files.isWorkbook()
                ? Stream.of(Map.entry("workbook", files.workbook())) : files.csvFiles().entrySet().stream();
        return contents.filter(file -> file.getValue().length > TrackerFiles.MAX_FILE_BYTES)
                .map(file -> ImportError.fileTooLarge(file.getKey())).toList();
    }

    private static Map<String, Sample> samples(RawTables tables) {
        Map<String, Sample> samples = new LinkedHashMap<>();
        for (TrackerTable table : TrackerTable.values()) {
            List<List<String>> rows = tables.rows(table).stream().limit(ImportResult.SAMPLE_ROWS)
                    .map(row -> table.columns().stream().map(column -> Objects.toString(row.cell(column), "")).toList())
                    .toList();
            samples.put(table.sheet(), new Sample(table.columns(), rows));
        }
        return samples;
    }
}
