package fi.placera.imports;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did or would do: every error (and then nothing was stored), or the counts of what was
 * created and of what already existed, and the first rows of each table as read from the tracker.
 */
public record ImportResult(List<ImportError> errors, Counts counts, Map<String, Sample> samples) {

    /** How many rows of each table a preview shows. */
    public static final int SAMPLE_ROWS = 5;

    public ImportResult {
        errors = List.copyOf(errors);
        // in the tables' order, as the preview shows them
        samples = samples == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(samples));
    }

    public static ImportResult failed(List<ImportError> errors) {
        return new ImportResult(errors, null, null);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** A table's columns and its first rows, cell texts as in the tracker. */
    public record Sample(List<String> columns, List<List<String>> rows) {
    }

    /** Records created by the import, and rows skipped because an earlier import created them. */
    public record Counts(int clients, int clientsExisting, int referrals, int agreements, int profileMeetings,
            int serviceEnds, int jobs, int jobsExisting, int employersCreated, int employersFound, int contacts,
            int contactsExisting) implements Serializable {
    }
}
