package fi.placera.organisation;

import java.util.UUID;

/** A care team as other modules show it. */
public record CareTeamSummary(UUID id, String code, String name) {
}
