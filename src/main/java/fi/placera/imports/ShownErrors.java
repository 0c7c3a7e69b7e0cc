package fi.placera.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of an import as they are shown: the first {@value #SHOWN} in full, and how many there are of each
 * reason, so that a tracker with 200,000 bad rows is a short page (and a short command output), not 54 MB of table.
 */
public record ShownErrors(List<ImportError> first, int total, List<ReasonCount> byReason) {

    public static final int SHOWN = 200;

    /** One reason: an error that gives it (for its message) and how many errors have it. */
    public record ReasonCount(ImportError example, long count) {
    }

    public static ShownErrors of(List<ImportError> errors) {
        Map<String, ImportError> examples = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ImportError error : errors) {
            examples.putIfAbsent(error.reason(), error);
            counts.merge(error.reason(), 1L, Long::sum);
        }
        return new ShownErrors(List.copyOf(errors.subList(0, Math.min(SHOWN, errors.size()))), errors.size(),
                examples.entrySet().stream().map(e -> new ReasonCount(e.getValue(), counts.get(e.getKey()))).toList());
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Whether some errors are not in {@link #first()}. */
    public boolean cut() {
        return total > first.size();
    }
}
