package fi.placera.audit;

import java.time.Instant;

/** One line of a client's "who has read or received my data" listing. */
public record AccessLogEntry(Instant occurredAt, String username, String role, String orgUnit, String dataKind,
        String purpose, AccessAction action, AccessOutcome outcome, boolean breakGlass, String recipient,
        String legalBasis) {
}
