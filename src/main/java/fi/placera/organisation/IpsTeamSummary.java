package fi.placera.organisation;

import java.util.UUID;

/** An IPS team as other modules show it, with the welfare area it belongs to. */
public record IpsTeamSummary(UUID id, String code, String name, short areaId, CollaborationModel collaborationModel) {
}
