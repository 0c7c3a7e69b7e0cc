package fi.placera.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Self-evaluations and interim reports of a regional trial: per team or per welfare area and period, what worked, for
 * whom, in which circumstances, the barriers and the changes made. A draft until submitted, read-only from then on,
 * and acknowledged by an evaluator of a study covering its area (decision 0085). An area's report assembles the
 * submitted reports of its teams.
 */
public interface SelfReports {

    enum Kind { SELF_EVALUATION, INTERIM_REPORT }

    enum State { DRAFT, SUBMITTED, ACKNOWLEDGED }

    /**
     * A report: a team's (ipsTeamId set) or its area's own (ipsTeamId null); the area is always set. State and its
     * times are the store's: what a caller passes to {@link #save} is ignored.
     */
    record SelfReport(UUID id, int version, UUID ipsTeamId, short areaId, Kind kind, LocalDate from, LocalDate to,
            String whatWorked, String forWhom, String circumstances, String barriers, String changesMade, State state,
            Instant submittedAt, Instant acknowledgedAt) {

        /** A report as typed, before the store has given it a state. */
        public static SelfReport typed(UUID id, int version, UUID ipsTeamId, short areaId, Kind kind, LocalDate from,
                LocalDate to, String whatWorked, String forWhom, String circumstances, String barriers,
                String changesMade) {
            return new SelfReport(id, version, ipsTeamId, areaId, kind, from, to, whatWorked, forWhom, circumstances,
                    barriers, changesMade, State.DRAFT, null, null);
        }

        public boolean ofArea() {
            return ipsTeamId == null;
        }

        public boolean draft() {
            return state == State.DRAFT;
        }
    }

    /** An area's report with the team reports it assembles (a team's report: none). */
    record Assembled(SelfReport report, List<SelfReport> teams) {
    }

    /**
     * Saves a draft: a new one (version -1; the idempotency key makes a double submit harmless) or a change at the
     * version read. Refused for a period ending before it starts, a text over 4000 characters, a stale version, or a
     * report already submitted (read-only).
     */
    UUID save(SelfReport report, UUID idempotencyKey, UUID savedBy);

    /**
     * Submits a draft at the version read; an area's report fixes the team reports it assembles at that moment.
     * Refused for a stale version or a report already submitted.
     */
    void submit(UUID id, int version, UUID submittedBy);

    /** An evaluator acknowledges a submitted report; refused for a draft or one already acknowledged. */
    void acknowledge(UUID id, UUID acknowledgedBy);

    Optional<SelfReport> find(UUID id);

    /**
     * The report with what it assembles: for an area's submitted report the team reports fixed at submission, for an
     * area's draft the submitted team reports of the area, of the same kind, whose period overlaps its own.
     */
    Assembled assembled(SelfReport report);

    /** The team's reports, latest period first. */
    List<SelfReport> ofTeam(UUID ipsTeamId);

    /** The area's own reports (not its teams'), latest period first. */
    List<SelfReport> ofArea(short areaId);

    /** The submitted (or acknowledged) reports of these areas, the teams' and the areas' own, latest period first. */
    List<SelfReport> submittedIn(Collection<Short> areaIds);
}
