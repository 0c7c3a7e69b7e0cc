package fi.placera.consent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The consents recorded together: one party, one validity, one or more kinds, each kind a consent of its own that is
 * withdrawn on its own (decision 0066). The consents table shows an entry as one row.
 */
public record ConsentEntry(UUID id, List<Consent> consents) {

    public ConsentEntry {
        if (consents.isEmpty()) {
            throw new IllegalArgumentException("an entry has at least one consent");
        }
        consents = List.copyOf(consents);
    }

    /** The client's consents as entries, in the order their first consents come. */
    public static List<ConsentEntry> of(List<Consent> consents) {
        Map<UUID, List<Consent>> byEntry = new LinkedHashMap<>();
        consents.forEach(consent -> byEntry.computeIfAbsent(consent.entryId(), id -> new ArrayList<>()).add(consent));
        return byEntry.entrySet().stream().map(entry -> new ConsentEntry(entry.getKey(), entry.getValue())).toList();
    }

    /** The entry's party, validity and name, the same for each of its consents. */
    public Consent first() {
        return consents.get(0);
    }
}
