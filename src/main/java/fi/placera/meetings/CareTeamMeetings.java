package fi.placera.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Care-team meetings and the clients discussed in them. Refusals are Rejections naming the field. */
public interface CareTeamMeetings {

    /** Records a meeting; refused when a client discussed has not consented to sharing with the care team. */
    void record(Meeting meeting);

    /** The coach's meetings, newest first. */
    List<Meeting> of(UUID coachStaffId);

    /** The meetings of these care teams, newest first: what the care team's own members see of them (decision 0083). */
    List<Meeting> ofCareTeams(Collection<UUID> careTeamIds);

    /** Adds an item to the care team's next meeting; a second submission of the same form adds nothing. */
    void addAgendaItem(AgendaItem item);

    /** The items of these care teams added since each one's latest meeting held: its next meeting's agenda. */
    List<AgendaItem> openAgenda(Collection<UUID> careTeamIds);

    /** An item a care-team member puts on the agenda: about the meeting, never a patient's details. */
    record AgendaItem(UUID idempotencyKey, short areaId, UUID careTeamId, String text, UUID addedBy, Instant addedAt) {
    }

    record Meeting(UUID idempotencyKey, short areaId, UUID careTeamId, LocalDate heldOn, UUID coachStaffId,
            boolean coachAttended, String notes, List<Item> items, UUID recordedBy) {
    }

    /** One client discussed and what was said. */
    record Item(UUID clientId, String note) {
    }
}
