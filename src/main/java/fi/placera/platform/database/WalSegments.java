package fi.placera.platform.database;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of write-ahead log segment files: 8 hex digits of timeline, then the segment number as two 8-digit halves
 * (the high part counts units of 4 GiB of log, the low one segments within them; PostgreSQL's xlog_internal.h).
 */
final class WalSegments {

    private static final long FOUR_GIB = 0x1_0000_0000L;

    private WalSegments() {
    }

    /** Every segment from {@code first} to {@code last}, both included, on the timeline of {@code first}. */
    static List<String> between(String first, String last, long segmentSize) {
        String timeline = first.substring(0, 8);
        if (!last.startsWith(timeline)) {
            throw new IllegalStateException("The write-ahead log changed timeline during the backup (" + first
                    + " … " + last + ")");
        }
        long perUnit = FOUR_GIB / segmentSize;
        List<String> segments = new ArrayList<>();
        for (long number = number(first, perUnit); number <= number(last, perUnit); number++) {
            segments.add(String.format("%s%08X%08X", timeline, number / perUnit, number % perUnit));
        }
        return segments;
    }

    private static long number(String name, long perUnit) {
        return Long.parseLong(name.substring(8, 16), 16) * perUnit + Long.parseLong(name.substring(16, 24), 16);
    }
}
