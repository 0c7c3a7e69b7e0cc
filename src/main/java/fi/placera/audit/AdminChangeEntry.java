package fi.placera.audit;

import java.time.Instant;

/** A row of the administrators' audit trail as {@code /admin/changes} lists it. */
public record AdminChangeEntry(Instant occurredAt, String username, Short areaId, String objectKind,
        String objectId, String action, String before, String after) {
}
