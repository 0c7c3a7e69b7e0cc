package fi.placera.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The follow-up schedule: at which timepoints which instruments are due for a client, and which are done. A
 * timepoint is due so many months after enrolment (the cooperation agreement), or on the mid-point or last day of
 * the team's programme period (a regional trial); the mid-point and end need the period to be set and are due only
 * for clients enrolled by then. A follow-up can be answered from {@value #EARLY_DAYS} days before it is due until
 * its window closes; after that it is missed.
 */
public interface FollowUps {

    int EARLY_DAYS = 14;

    enum Anchor { ENROLMENT, PROGRAMME_MID, PROGRAMME_END }

    enum Status { DONE, UPCOMING, OPEN, OVERDUE, MISSED }

    record Timepoint(String code, Anchor anchor, int months, List<String> instruments, int windowDays) {
    }

    record Programme(LocalDate startsOn, LocalDate endsOn) {

        public LocalDate midPoint() {
            return startsOn.plusDays(java.time.temporal.ChronoUnit.DAYS.between(startsOn, endsOn) / 2);
        }
    }

    /** One instrument due at one timepoint for a client, and whether (which response) it was answered. */
    record FollowUp(String timepoint, String instrumentCode, LocalDate dueOn, LocalDate closesOn, Status status,
            UUID responseId) {
    }

    /** The team's timepoints (its own, else the default ones). */
    List<Timepoint> scheduleOf(UUID ipsTeamId);

    Optional<Programme> programmeOf(UUID ipsTeamId);

    /** Sets the team's programme period; refused for an end not after the start. */
    void setProgramme(UUID ipsTeamId, LocalDate startsOn, LocalDate endsOn);

    /** The client's follow-ups in order of their due day; none before the client is enrolled. */
    List<FollowUp> of(UUID clientId);

    /** When a timepoint is due for a client enrolled on {@code enrolledOn}, if it is due at all. */
    static Optional<LocalDate> dueOn(Timepoint timepoint, LocalDate enrolledOn, Optional<Programme> programme) {
        if (enrolledOn == null) {
            return Optional.empty();
        }
        return switch (timepoint.anchor()) {
            case ENROLMENT -> Optional.of(enrolledOn.plusMonths(timepoint.months()));
            case PROGRAMME_MID -> programme.map(Programme::midPoint).filter(day -> !day.isBefore(enrolledOn));
            case PROGRAMME_END -> programme.map(Programme::endsOn).filter(day -> !day.isBefore(enrolledOn));
        };
    }

    /** Where a follow-up due on {@code dueOn} stands on {@code today}. */
    static Status status(LocalDate dueOn, int windowDays, boolean done, LocalDate today) {
        if (done) {
            return Status.DONE;
        }
        if (today.isBefore(dueOn.minusDays(EARLY_DAYS))) {
            return Status.UPCOMING;
        }
        if (!today.isAfter(dueOn)) {
            return Status.OPEN;
        }
        return today.isAfter(dueOn.plusDays(windowDays)) ? Status.MISSED : Status.OVERDUE;
    }
}
