package fi.placera.planning;

import fi.placera.audit.RecordRevisions.Revision;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Benefits counselling (fidelity item V1): the sessions with a client and when counselling is due — at the
 * start of the service, before each job start and when hours or pay change. Refusals are
 * {@link fi.placera.platform.Rejection}s. Callers check the user's access to the client first.
 */
public interface BenefitsCounselling {

    /** Who counselled: the coach, or a named benefits adviser. */
    enum Counsellor { COACH, BENEFITS_ADVISER }

    enum Topic { EARNINGS_LIMITS, DISABILITY_PENSION, REHABILITATION_ALLOWANCE, HOUSING_ALLOWANCE, REPORTING_EARNINGS,
        OTHER }

    /** Why counselling is due. */
    enum DueReason { SERVICE_START, JOB_START, HOURS_OR_PAY_CHANGE }

    /** A session; a second submission with the same key is the same session. Refused without an agreement. */
    void record(Session session);

    /** The client's sessions, earliest first; voided ones left out. */
    List<Session> sessions(UUID clientId);

    /**
     * Voids a session recorded by mistake, with a reason (decision 0076): kept with its history, it meets no due and
     * leaves every figure (V1). {@code checkReviser} is given who recorded it and refuses (a Rejection) a user who may
     * not void it; a session not of this client, or already voided, is a conflict. {@code sessionKey} as listed.
     */
    void voidSession(UUID clientId, short areaId, UUID sessionKey, String reason, UUID revisedBy,
            Consumer<UUID> checkReviser);

    /**
     * Corrects a session recorded wrong, with a reason (decision 0082): the values replaced stay in its history; the
     * dues it meets follow the corrected day. Checked as {@link #record}; {@code checkReviser} as for a void; a
     * correction that changes nothing is refused.
     */
    void correctSession(UUID clientId, short areaId, UUID sessionKey, Correction correction, String reason,
            UUID revisedBy, Consumer<UUID> checkReviser);

    /** The corrections and voids of the client's sessions, oldest first. */
    List<Revision> voidsOf(UUID clientId);

    /** A session as it should have been recorded. */
    record Correction(LocalDate counselledOn, Counsellor counsellor, String adviserName, Set<Topic> topics,
            String outcome) {
    }

    /**
     * Counselling falls due on {@code dueOn} because a job starts or its hours or pay change ({@code sourceId}
     * is the job); counselling given from 60 (job start) or 30 (change) days before counts. One recorded after its
     * day falls due on the day it is recorded (never overdue on the day it arose). Raising the same due twice
     * changes nothing.
     */
    void raiseDue(UUID clientId, short areaId, DueReason reason, UUID sourceId, LocalDate dueOn);

    /** Every due of the client, met or not, earliest first. */
    List<CounsellingDue> dues(UUID clientId);

    /** The dues of these clients, by client, earliest first, in three reads whatever the number of clients. */
    Map<UUID, List<CounsellingDue>> dues(Collection<UUID> clientIds);

    /** A recorded counselling session as typed, with the key that makes a resubmission harmless. */
    record Session(UUID idempotencyKey, UUID clientId, short areaId, LocalDate counselledOn, Counsellor counsellor,
            String adviserName, Set<Topic> topics, String outcome, UUID recordedBy) {
    }
}
