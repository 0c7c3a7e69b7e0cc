package fi.placera.organisation;

import java.util.UUID;

/** An IPS team as other modules show it, with the welfare area it works in. */
public record IpsTeamSummary(UUID id, short areaId, String code, String name) {
}
