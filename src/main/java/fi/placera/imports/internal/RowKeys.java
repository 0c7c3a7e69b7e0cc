package fi.placera.imports.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Idempotency keys of imported rows: a name-based UUID of the team, the table and the row's values as read
 * (so the same row imported again has the same key and is stored once). Identical rows are told apart by
 * their occurrence: two equal contact rows are two contacts, both in the first import and in the next.
 */
final class RowKeys {

    private static final String SEPARATOR = "\u001f";

    private final UUID team;
    private final TrackerTable table;
    private final Map<String, Integer> occurrences = new HashMap<>();

    RowKeys(UUID team, TrackerTable table) {
        this.team = team;
        this.table = table;
    }

    UUID next(List<?> values) {
        String normalised = values.stream().map(value -> Objects.toString(value, "")).collect(Collectors.joining(SEPARATOR));
        int occurrence = occurrences.merge(normalised, 1, Integer::sum);
        String name = String.join(SEPARATOR, team.toString(), table.sheet(), normalised, Integer.toString(occurrence));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The key of a client's own record of a kind (their vocational profile meeting, say). */
    static UUID of(UUID team, String clientRef, String kind) {
        return UUID.nameUUIDFromBytes(String.join(SEPARATOR, team.toString(), TrackerTable.CLIENTS.sheet(), clientRef, kind)
                .getBytes(StandardCharsets.UTF_8));
    }
}
