package fi.placera.meetings;

import fi.placera.consent.Party;
import fi.placera.identity.InformationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Client-related contacts with the organisations around the client's work: employment services and Kela (fidelity O3
 * counts these two), occupational health care, social services, education, or another organisation named in the
 * contact. A contact about a client is made only with the client's consent to share with that party (for another
 * organisation: a consent to that party by name); refusals are Rejections naming the field.
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
        KELA,
        OCCUPATIONAL_HEALTH,
        SOCIAL_SERVICES,
        EDUCATION,
        OTHER;

        /** The party of the client's consents that a contact with this organisation needs. */
        public Party party() {
            return Party.valueOf(name());
        }
    }

    enum Mode {
        MEETING,
        PHONE,
        MESSAGE
    }

    /** {@code organisationName}: the unit or organisation by name; required for {@link Agency#OTHER}, else optional. */
    record AgencyContact(UUID idempotencyKey, UUID clientId, short areaId, Agency agency, String organisationName,
            LocalDate contactedOn, Mode mode, String note, UUID coachStaffId, UUID recordedBy) {
    }
}
