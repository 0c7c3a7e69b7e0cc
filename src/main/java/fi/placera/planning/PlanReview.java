package fi.placera.planning;

import java.time.LocalDate;

/** A review of the plan: when, which scheduled review it was (3, 6, 12 months) if any, and what changed. */
public record PlanReview(LocalDate reviewedOn, Integer milestone, String whatChanged) {
}
