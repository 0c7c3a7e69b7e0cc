package fi.placera.meetings;

import fi.placera.identity.InformationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Client-related contacts with employment services and Kela (fidelity O3). A contact about a client is made
 * only with the client's consent to share with that agency; refusals are Rejections naming the field.
 */
public interface AgencyContacts {

    /** Records the contact; returns false when it was already recorded (the same form sent twice). */
    boolean record(AgencyContact contact);

    /** The coach's contacts, latest first. */
    List<AgencyContact> ofCoach(UUID coachStaffId);

    /** The contacts about a client, latest first. */
    List<AgencyContact> ofClient(UUID clientId);

    /** The kind of the client's information an agency hears about: work and job search, or benefits. */
    static InformationKind kindShared(Agency agency) {
        return agency == Agency.KELA ? InformationKind.BENEFITS : InformationKind.EMPLOYMENT;
    }

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
