package fi.placera.support;

import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.clients.ClientSummary;
import fi.placera.identity.PlaceraUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Follow-along support: the schedule, the contacts and tapering. Refusals are Rejections naming the field. */
public interface FollowAlongSupport {

    enum DueKind { BEFORE_START, AFTER_START, FIRST_MONTH_WEEKLY, MONTHLY, AFTER_JOB_END }

    enum With { CLIENT, EMPLOYER, WORK_COMMUNITY, CARE_TEAM, FAMILY }

    /** The client's schedule, earliest first, each due with whether a contact in its window met it. */
    List<Due> schedule(UUID clientId);

    /** Records a support contact; a resubmission with the same key is the same contact. */
    void record(Contact contact);

    /** The client's support contacts, newest first; voided ones left out. */
    List<Contact> contacts(UUID clientId);

    /**
     * Corrects a support contact recorded wrong (decisions 0070, 0076): as it should have been recorded, with a reason;
     * the values replaced stay in its history. Only who recorded it or a leader of the client's team; the caller has
     * found the client with a write decision. {@code contactKey} is the contact as listed.
     */
    void correct(PlaceraUser user, ClientSummary client, UUID contactKey, int version, Correction correction,
            String reason);

    /**
     * Voids a support contact recorded by mistake: kept with its history, but it meets no due and leaves every figure
     * (team view, V12, research extract). Same rules as {@link #correct}.
     */
    void voidContact(PlaceraUser user, ClientSummary client, UUID contactKey, int version, String reason);

    /** The corrections and voids of the client's support contacts, oldest first. */
    List<Revision> revisionsOf(UUID clientId);

    /** Moves a due to another day (its window moves with it); never into the past. */
    void move(UUID clientId, UUID dueId, LocalDate newDueOn);

    /** Cancels a due with a reason; the contact just after a job start cannot be cancelled. */
    void cancel(UUID clientId, UUID dueId, String reason);

    /** From {@code decidedOn}, monthly contacts every {@code everyMonths} months; the others are cancelled. */
    void taper(UUID clientId, short areaId, LocalDate decidedOn, int everyMonths, String reason, UUID recordedBy);

    /**
     * The follow-along contact after the first year's schedule, while a job goes on (decision 0073): due a month, or
     * the tapering decision's months, after the later of the schedule's last month and the last support contact.
     * Empty when no job has passed its first year, or the client has ended the support since the job started.
     */
    Optional<Continuing> continuing(UUID clientId);

    /** The client ends follow-along support on {@code endedOn}: no continuing contact, later dues cancelled. */
    void endByClient(UUID clientId, short areaId, LocalDate endedOn, String how, UUID recordedBy);

    /** When and how the client ended follow-along support, if they have (the latest end). */
    Optional<End> endedByClient(UUID clientId);

    record Continuing(LocalDate dueOn, int everyMonths) {

        public boolean overdueOn(LocalDate today) {
            return dueOn.isBefore(today);
        }
    }

    record End(LocalDate endedOn, String how) {
    }

    record Due(UUID id, UUID jobId, DueKind kind, LocalDate windowFrom, LocalDate dueOn, boolean met, boolean cancelled,
            String cancelReason) {

        public boolean overdueOn(LocalDate today) {
            return !met && !cancelled && dueOn.isBefore(today);
        }
    }

    /** A support contact; {@code version} is the stored one (a new contact's is ignored). */
    record Contact(UUID idempotencyKey, UUID clientId, short areaId, LocalDate contactedOn, boolean onTheJob,
            Set<With> withWhom, String naturalSupports, String note, UUID recordedBy, int version) {
    }

    /** A support contact as it should have been recorded. */
    record Correction(LocalDate contactedOn, boolean onTheJob, Set<With> withWhom, String naturalSupports,
            String note) {
    }
}
