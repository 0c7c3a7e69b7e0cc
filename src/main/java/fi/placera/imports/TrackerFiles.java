package fi.placera.imports;

import java.util.Map;

/**
 * The uploaded tracker: either one XLSX workbook or CSV files named after the tables (clients.csv, jobs.csv,
 * employer_contacts.csv). Sizes are checked before reading, so a file over the limit is never parsed.
 */
public record TrackerFiles(byte[] workbook, Map<String, byte[]> csvFiles) {

    /** The largest file accepted, 50 MB. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    public TrackerFiles {
        csvFiles = csvFiles == null ? Map.of() : Map.copyOf(csvFiles);
    }

    public static TrackerFiles workbook(byte[] content) {
        return new TrackerFiles(content, Map.of());
    }

    /** CSV files by file name. */
    public static TrackerFiles csv(Map<String, byte[]> files) {
        return new TrackerFiles(null, files);
    }

    public boolean isWorkbook() {
        return workbook != null;
    }
}
