package fi.placera.employers;

import fi.placera.identity.PlaceraUser;
import fi.placera.platform.IpsModel;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Employer contacts and what is counted from them: the coach's contacts in a week (target at least six face to
 * face, fidelity V6) and a client's first face-to-face contact (V4). Callers check access to a named client.
 */
public interface EmployerContacts {

    enum Mode { FACE_TO_FACE, PHONE, EMAIL, OTHER }

    enum Purpose { GENERAL_JOB_DEVELOPMENT, ABOUT_CLIENT, FOLLOW_UP }

    /**
     * Records a staff member's contact; a resubmission with the same key is the same contact. Returns whether it was
     * new. A contact naming a client tells the employer about them: refused (Rejection on {@code clientId}) without the
     * cooperation agreement and the client's consent to this employer for EMPLOYMENT in force on the contact's day, and
     * logged as a disclosure to the employer. A contact naming no client (job development) needs neither.
     */
    boolean record(PlaceraUser user, Contact contact);

    /**
     * Records contacts from a team's earlier tracker, in one statement (decision 0088): history that happened before
     * Placera, so no consent is asked and nothing is disclosed now. Returns how many were new. A refusal (an employer
     * not of the area, say) is a {@link fi.placera.platform.BatchRejection} naming the contact.
     */
    int recordFromTracker(List<Contact> contacts);

    /**
     * Voids a contact recorded by mistake, with a reason (decision 0070): it stays stored with its history but leaves
     * the employer's contacts and every figure (V4, V6, the outcome report). A contact about a client only by who
     * recorded it or a leader of the client's team, after the write decision on the client; a contact about no client
     * only by who recorded it. {@code contactKey} is the contact as listed ({@link Contact#idempotencyKey}).
     */
    void voidContact(PlaceraUser user, UUID contactKey, String reason);

    /**
     * Corrects a contact recorded wrong (decision 0076): its day, how it was made and its outcome, with a reason; the
     * values replaced stay in its history. Who may: as {@link #voidContact}. Whom it was about is not corrected: a
     * contact recorded for the wrong client is voided and recorded again.
     */
    void correctContact(PlaceraUser user, UUID contactKey, Correction correction, String reason);

    /** The corrections and voids of the employer's contacts, oldest first. */
    List<fi.placera.audit.RecordRevisions.Revision> revisionsOf(short areaId, UUID employerId);

    /** A contact's day, mode and outcome as they should have been recorded. */
    record Correction(LocalDate contactedOn, Mode mode, String outcome) {
    }

    List<Contact> ofEmployer(short areaId, UUID employerId);

    /** The area's newest contacts, newest first. */
    List<Contact> recent(short areaId, int limit);

    /** The coach's contacts in the ISO week (Monday to Sunday) that contains {@code day}. */
    WeeklyCount weeklyCount(UUID coachStaffId, LocalDate day);

    /**
     * Fidelity V4, as published ({@code employers_facts_first_face_to_face_contact}): for each enrolled client that
     * has one, the first face-to-face employer contact on or after enrolment, in one read.
     */
    Map<UUID, LocalDate> firstFaceToFaceAfterEnrolment(Collection<UUID> clients);

    /**
     * A contact as recorded; {@code clientId} only when it concerned a client. {@code nextStepOn}, the day of the next
     * step, comes back on the coach's week (decision 0065); it needs the next step's text and is not before the
     * contact.
     */
    record Contact(UUID idempotencyKey, short areaId, UUID employerId, String employerName, UUID coachStaffId,
            LocalDate contactedOn, Mode mode, Purpose purpose, UUID clientId, boolean clientPresent,
            Boolean followedPreference, String outcome, String nextStep, LocalDate nextStepOn, UUID recordedBy) {

        /** A contact whose next step, if any, has no day (as in a team's earlier tracker). */
        public Contact(UUID idempotencyKey, short areaId, UUID employerId, String employerName, UUID coachStaffId,
                LocalDate contactedOn, Mode mode, Purpose purpose, UUID clientId, boolean clientPresent,
                Boolean followedPreference, String outcome, String nextStep, UUID recordedBy) {
            this(idempotencyKey, areaId, employerId, employerName, coachStaffId, contactedOn, mode, purpose, clientId,
                    clientPresent, followedPreference, outcome, nextStep, null, recordedBy);
        }
    }

    /** Face-to-face and all contacts of a week that starts on {@code monday}. */
    record WeeklyCount(LocalDate monday, int faceToFace, int total) {

        public boolean targetMet() {
            return faceToFace >= IpsModel.WEEKLY_FACE_TO_FACE_CONTACTS;
        }
    }
}
