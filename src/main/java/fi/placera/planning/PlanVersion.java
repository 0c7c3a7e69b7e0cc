package fi.placera.planning;

import java.time.Instant;

/** One saved version of the plan, kept for its history. */
public record PlanVersion(int version, String goals, String steps, String responsibilities, Instant savedAt) {
}
