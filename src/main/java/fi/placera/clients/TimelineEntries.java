package fi.placera.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What other modules add to a client's record timeline (jobs, support contacts). Implemented by modules
 * that depend on this one, so that the timeline can show them without depending on those modules.
 */
public interface TimelineEntries {

    List<Entry> of(UUID clientId);

    /** One thing that happened: {@code what} and {@code labels} are message keys, {@code text} what was written. */
    record Entry(LocalDate on, String what, List<String> labels, String text) {
    }
}
