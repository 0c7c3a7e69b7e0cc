package fi.placera.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Client-related contacts with employment services and Kela (fidelity O3). A contact about a client is made
 * only with the client's consent to share with that agency; refusals are Rejections naming the field.
 */
public interface AgencyContacts {

    void record(AgencyContact contact);

    /** The coach's contacts, latest first. */
    List<AgencyContact> ofCoach(UUID coachStaffId);

    enum Agency {
        EMPLOYMENT_SERVICES,
        KELA
    }

    enum Mode {
        MEETING,
        PHONE,
        MESSAGE
    }

    record AgencyContact(UUID idempotencyKey, UUID clientId, short areaId, Agency agency, LocalDate contactedOn,
            Mode mode, String note, UUID coachStaffId, UUID recordedBy) {
    }
}
