package fi.placera.organisation.internal;

import fi.placera.organisation.TeamRole;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A staff member's place in an IPS team, with the share of full time they work there. */
@Table("ips_team_membership")
public record IpsTeamMembership(UUID ipsTeamId, TeamRole teamRole, BigDecimal fte) {
}
