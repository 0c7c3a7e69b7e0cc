package fi.placera.clients;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What "my week" needs to know of employer contacts: the coach's contacts in a week (fidelity V6) and a
 * client's first face-to-face contact (V4). Implemented by the employers module, which depends on this one;
 * declaring it here keeps the dependency one way.
 */
public interface EmployerContactFacts {

    /** Contacts in the ISO week (Monday to Sunday) containing {@code day}. */
    Count weekOf(UUID coachStaffId, LocalDate day);

    /** Fidelity V4: each enrolled client's first face-to-face employer contact on or after enrolment (one read). */
    Map<UUID, LocalDate> firstFaceToFaceAfterEnrolment(Collection<UUID> clients);

    record Count(int faceToFace, int total) {
    }
}
