package fi.placera.organisation;

import java.math.BigDecimal;
import java.util.UUID;

/** A coach (or team leader) of an IPS team with the share of full time they work in it. */
public record TeamCoach(UUID staffMemberId, String fullName, BigDecimal fte) {
}
