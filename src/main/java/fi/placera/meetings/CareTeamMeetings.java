package fi.placera.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Care-team meetings and the clients discussed in them. Refusals are Rejections naming the field. */
public interface CareTeamMeetings {

    /** Records a meeting; refused when a client discussed has not consented to sharing with the care team. */
    void record(Meeting meeting);

    /** The coach's meetings, newest first. */
    List<Meeting> of(UUID coachStaffId);

    record Meeting(UUID idempotencyKey, short areaId, UUID careTeamId, LocalDate heldOn, UUID coachStaffId,
            boolean coachAttended, String notes, List<Item> items, UUID recordedBy) {
    }

    /** One client discussed and what was said. */
    record Item(UUID clientId, String note) {
    }
}
