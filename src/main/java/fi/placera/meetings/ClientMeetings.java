package fi.placera.meetings;

import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.clients.ClientSummary;
import fi.placera.identity.PlaceraUser;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The coach's meetings with the client: notes of meetings held and appointments booked for coming days (decision
 * 0061). Refusals are Rejections naming the form field. An appointment's note is the coach's own: it stays on the
 * record and never reaches the client's pages or the calendar file.
 */
public interface ClientMeetings {

    /** The longest note of a meeting or an appointment: a short note, the record is not a diary. */
    int NOTE_MAX = 1000;

    /** Records the meeting; returns false when it was already recorded (the same form sent twice). */
    boolean record(Meeting meeting);

    /** The client's meetings, latest first; voided notes left out. */
    List<Meeting> meetingsOf(UUID clientId);

    /**
     * Voids a meeting note recorded by mistake, with a reason (decision 0076): kept with its history, it leaves the
     * client's meetings and every figure, and its appointment counts as not held. Only who recorded it or a leader of
     * the client's team; the caller has found the client with a write decision. {@code meetingKey} as listed.
     */
    void voidMeeting(PlaceraUser user, ClientSummary client, UUID meetingKey, String reason);

    /**
     * Corrects a meeting note recorded wrong, with a reason (decision 0082): the day, how the client was met, who took
     * part and the note; the values replaced stay in its history. Who may, as for a void; a correction that changes
     * nothing is refused.
     */
    void correctMeeting(PlaceraUser user, ClientSummary client, UUID meetingKey, Correction correction, String reason);

    /** A meeting note as it should have been recorded. */
    record Correction(LocalDate metOn, Mode mode, Set<Participant> participants, String note) {
    }

    /** The corrections and voids of the client's meeting notes, oldest first. */
    List<Revision> revisionsOf(UUID clientId);

    /** Books the appointment; returns false when it was already booked (the same form sent twice). */
    boolean book(Appointment appointment);

    /** Cancels the client's appointment; refused when it is unknown, already cancelled or already held. */
    void cancel(UUID clientId, UUID appointmentId);

    /** The client's appointment, cancelled or not. */
    Optional<Appointment> appointment(UUID clientId, UUID appointmentId);

    /** The client's appointments, the coming ones first and then the past ones, latest first. */
    List<Appointment> appointmentsOf(UUID clientId);

    /** The client's appointments on or after {@code from} that still stand (for the client's own pages). */
    List<Appointment> comingOf(UUID clientId, LocalDate from);

    /** The coach's appointments from {@code from} to {@code until} (inclusive) that still stand, earliest first. */
    List<Appointment> coachesComing(UUID coachStaffId, LocalDate from, LocalDate until);

    enum Mode {
        FACE_TO_FACE,
        PHONE,
        VIDEO,
        COMMUNITY
    }

    enum Participant {
        CLIENT,
        COACH,
        CARE_TEAM,
        EMPLOYER,
        FAMILY,
        OTHER
    }

    /** A meeting held; {@code appointmentId} names the appointment it was booked as, if any. */
    record Meeting(UUID idempotencyKey, UUID clientId, short areaId, LocalDate metOn, LocalTime startsAt, Mode mode,
            String place, Set<Participant> participants, String others, String note, UUID appointmentId,
            UUID recordedBy) {
    }

    /** A meeting booked with the client; {@code held} once a meeting note names it. */
    record Appointment(UUID id, UUID idempotencyKey, UUID clientId, short areaId, UUID coachStaffId, LocalDate day,
            LocalTime startsAt, LocalTime endsAt, String place, String others, String note, boolean cancelled,
            boolean held, UUID recordedBy) {

        /** Whether it can still be cancelled or turned into a meeting note. */
        public boolean open() {
            return !cancelled && !held;
        }
    }
}
