package fi.placera.audit;

import java.time.Instant;

/** Filters of the audit trail: who made the change, which object (kind, and id or part of it), and when; null = any. */
public record AdminChangeQuery(String username, String objectKind, String objectId, Instant from, Instant until) {
}
