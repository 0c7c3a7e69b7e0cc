package fi.placera.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Meetings of an IPS team: the weekly team meeting, group supervision, the steering group and the scheduled
 * meetings with employment services and Kela. Refusals are Rejections naming the field.
 */
public interface TeamMeetings {

    /**
     * Records a new meeting (id null) or changes one at the version read. Refused when it overlaps another
     * meeting of the team, when a meeting on a later day has attendance, decisions or actions, when an
     * action is due before the meeting, when an action's owner is not a member of the team (a security event), or
     * when a new meeting is a steering group's.
     */
    UUID save(TeamMeeting meeting);

    /** The team's meetings, latest first. */
    List<TeamMeeting> ofTeam(UUID ipsTeamId);

    Optional<TeamMeeting> find(UUID id);

    /**
     * What kind of meeting, and so with whom. A steering group's meetings are the steering module's (decision 0084):
     * STEERING_GROUP stays for the meetings recorded here before, and is refused for a new one.
     */
    enum Kind {
        TEAM_WEEKLY,
        GROUP_SUPERVISION,
        STEERING_GROUP,
        EMPLOYMENT_SERVICES,
        KELA,
        OCCUPATIONAL_HEALTH
    }

    record TeamMeeting(UUID id, int version, UUID idempotencyKey, short areaId, UUID ipsTeamId, Kind kind,
            LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, Set<UUID> attendees, String otherParticipants,
            String notes, String decisions, List<Action> actions, Set<UUID> jobLeadIds, UUID recordedBy) {

        public boolean heldBy(LocalDate today) {
            return !heldOn.isAfter(today);
        }
    }

    /**
     * One step of the meeting's action plan: what, who and by when. The owner is a staff member of the team
     * ({@code ownerStaffId}), whose week it then comes on (decision 0065); an action recorded before names its owner in
     * free text ({@code owner}, null once a person is chosen).
     */
    record Action(String action, String owner, UUID ownerStaffId, LocalDate dueOn) {
    }
}
