package fi.placera.clients;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The coach's employer contacts in a week, for "my week". Implemented by the employers module, which
 * depends on this one; declaring it here keeps the dependency one way.
 */
public interface WeeklyEmployerContacts {

    /** Contacts in the ISO week (Monday to Sunday) containing {@code day}. */
    Count of(UUID coachStaffId, LocalDate day);

    record Count(int faceToFace, int total) {
    }
}
