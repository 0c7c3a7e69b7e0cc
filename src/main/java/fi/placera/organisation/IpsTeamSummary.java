package fi.placera.organisation;

import java.util.UUID;

/** An IPS team as other modules show it. */
public record IpsTeamSummary(UUID id, String code, String name) {
}
