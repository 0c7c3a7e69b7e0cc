package fi.placera.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Self-evaluations and interim reports of a regional trial: per team and period, what worked, for whom, in which
 * circumstances, the barriers and the changes made.
 */
public interface SelfReports {

    enum Kind { SELF_EVALUATION, INTERIM_REPORT }

    record SelfReport(UUID id, int version, UUID ipsTeamId, Kind kind, LocalDate from, LocalDate to,
            String whatWorked, String forWhom, String circumstances, String barriers, String changesMade) {
    }

    /**
     * Saves a report: a new one (version -1; the idempotency key makes a double submit harmless) or a change at the
     * version read. Refused for a period ending before it starts, a text over 4000 characters or a stale version.
     */
    UUID save(SelfReport report, UUID idempotencyKey, UUID savedBy);

    Optional<SelfReport> find(UUID id);

    /** The team's reports, latest period first. */
    List<SelfReport> ofTeam(UUID ipsTeamId);
}
