package fi.placera.evaluation;

import fi.placera.platform.IpsModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The follow-up schedule: at which timepoints which instruments are due for a client, and which are done. A
 * timepoint is due so many months after enrolment (the cooperation agreement), or on the mid-point or last day of
 * the team's programme period (a regional trial); the mid-point and end need the period to be set and are due only
 * for clients enrolled by then. A follow-up can be answered from {@value #EARLY_DAYS} days before it is due until
 * its window closes; after that it is missed.
 *
 * <p>A team's schedule is edited by its leader; a change never rewrites a timepoint but retires it and adds a new one
 * with the same code from that day, so a follow-up that had already opened keeps its timepoint (day, window,
 * questionnaires) and only those not yet open follow the change (see {@link Timepoint#applies}).
 */
public interface FollowUps {

    int EARLY_DAYS = 14;

    enum Anchor { ENROLMENT, PROGRAMME_MID, PROGRAMME_END }

    enum Status { DONE, UPCOMING, OPEN, OVERDUE, MISSED }

    /**
     * One timepoint of a schedule: when it falls due, which questionnaires it asks for and how long its window is;
     * a custom one has its own name in fi, sv and en ({@code labels}, else empty: the default codes are named by
     * messages). {@code validFrom} / {@code validTo} bound a row of a changed schedule (null: always).
     */
    record Timepoint(UUID id, String code, Anchor anchor, int months, List<String> instruments, int windowDays,
            Map<String, String> labels, LocalDate validFrom, LocalDate validTo) {

        public Timepoint {
            instruments = List.copyOf(instruments);
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }

        /** A timepoint that has always applied, named by its code's message. */
        public Timepoint(String code, Anchor anchor, int months, List<String> instruments, int windowDays) {
            this(null, code, anchor, months, instruments, windowDays, Map.of(), null, null);
        }

        /**
         * Whether a follow-up this row makes, due on {@code dueOn}, is the client's: it must have opened
         * ({@value FollowUps#EARLY_DAYS} days before its day) after the row came into force and not after the row
         * was retired; a follow-up already answered under the row is always kept.
         */
        public boolean applies(LocalDate dueOn, boolean answered) {
            if (answered) {
                return true;
            }
            LocalDate opens = dueOn.minusDays(EARLY_DAYS);
            if (validFrom != null && !opens.isAfter(validFrom)) {
                return false;
            }
            return validTo == null || !opens.isAfter(validTo);
        }

        /** The custom name in the language, if this timepoint has one. */
        public Optional<String> label(String language) {
            return Optional.ofNullable(labels.get(language));
        }
    }

    /**
     * A timepoint as the leader enters it: a change of {@code replaces} (null: a new timepoint), its names, when it
     * falls due, its window and questionnaires.
     */
    record TimepointChange(UUID replaces, Map<String, String> labels, Anchor anchor, int months, int windowDays,
            List<String> instruments) {
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

    /**
     * Where the team's follow-ups stand today, for the clients in the team now: questionnaires open and overdue;
     * links waiting for an answer, those of them unanswered for {@value #REMIND_AFTER_DAYS} days or more (a reminder
     * task on the coach's week) and links that expired unanswered.
     */
    record TeamCounts(int open, int overdue, int linksWaiting, int reminders, int linksExpired) {

        public TeamCounts withFollowUps(int open, int overdue) {
            return new TeamCounts(open, overdue, linksWaiting, reminders, linksExpired);
        }
    }

    /** A link not answered within this many days while still valid is a reminder task for the coach. */
    int REMIND_AFTER_DAYS = 7;

    TeamCounts countsOf(UUID ipsTeamId);

    /** The team's timepoints in force (its own, else the default ones), in order. */
    List<Timepoint> scheduleOf(UUID ipsTeamId);

    /**
     * Every timepoint row the team's follow-ups are made of, in force or retired, in order: the latest row of a
     * code names it.
     */
    List<Timepoint> historyOf(UUID ipsTeamId);

    /**
     * Adds a timepoint to the team's schedule or changes one (the old row is retired today and a new one with the
     * same code comes into force), copying the default schedule to the team first. Refused (named field) for a
     * missing or too long name ({@code label-fi}, {@code label-sv}, {@code label-en}), months outside 0–120 or given
     * for a programme timepoint, a window outside 1–365 days, no or unknown questionnaires, or (no field) a timepoint
     * changed or removed meanwhile. Returns the timepoint's code.
     */
    String saveTimepoint(UUID ipsTeamId, TimepointChange change, UUID changedBy);

    /** Retires a timepoint of the team's schedule from today; refused (no field) when it is no longer in force. */
    void removeTimepoint(UUID ipsTeamId, UUID timepointId, UUID changedBy);

    Optional<Programme> programmeOf(UUID ipsTeamId);

    /** Sets the team's programme period; refused for an end not after the start. */
    void setProgramme(UUID ipsTeamId, LocalDate startsOn, LocalDate endsOn);

    /** The client's follow-ups in order of their due day; none before the client is enrolled. */
    List<FollowUp> of(UUID clientId);

    /**
     * When a timepoint is due for a client enrolled on {@code enrolledOn}, if it is due at all: never sooner than
     * {@link IpsModel#FIRST_QUESTIONNAIRES_DAYS_AFTER_ENROLMENT} days after enrolment, so that the baseline is not
     * overdue the day after the agreement (decision 0062).
     */
    static Optional<LocalDate> dueOn(Timepoint timepoint, LocalDate enrolledOn, Optional<Programme> programme) {
        if (enrolledOn == null) {
            return Optional.empty();
        }
        LocalDate first = enrolledOn.plusDays(IpsModel.FIRST_QUESTIONNAIRES_DAYS_AFTER_ENROLMENT);
        Optional<LocalDate> day = switch (timepoint.anchor()) {
            case ENROLMENT -> Optional.of(enrolledOn.plusMonths(timepoint.months()));
            case PROGRAMME_MID -> programme.map(Programme::midPoint).filter(mid -> !mid.isBefore(enrolledOn));
            case PROGRAMME_END -> programme.map(Programme::endsOn).filter(end -> !end.isBefore(enrolledOn));
        };
        return day.map(due -> due.isBefore(first) ? first : due);
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
