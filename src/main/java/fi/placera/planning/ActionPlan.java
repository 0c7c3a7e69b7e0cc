package fi.placera.planning;

import java.time.LocalDate;
import java.util.UUID;

/** An action plan as saved, at its current version. */
public record ActionPlan(UUID id, UUID clientId, LocalDate startedOn, String goals, String steps,
        String responsibilities, int version) {
}
