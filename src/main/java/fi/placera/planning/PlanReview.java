package fi.placera.planning;

import java.time.LocalDate;
import java.util.UUID;

/** A review of the plan (its id names it in a void): when, which scheduled review it was (3, 6, 12 months) if any, and what changed. */
public record PlanReview(UUID id, LocalDate reviewedOn, Integer milestone, String whatChanged) {
}
