package fi.placera.organisation.internal;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A staff member's attachment to a psychiatric care team. */
@Table("care_team_membership")
public record CareTeamMembership(UUID careTeamId) {
}
