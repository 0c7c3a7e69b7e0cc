package fi.placera.steering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The steering groups of welfare areas, their members, meetings and actions. Refusals are Rejections naming the
 * form's field; a group is always read within its area by the caller.
 */
public interface SteeringGroups {

    /** A group meets at least once a year; how often is its own choice within that. */
    int CADENCE_MAX_MONTHS = 12;

    /** The area's groups: the area's own first, then the teams' groups by name. */
    List<Group> ofArea(short areaId);

    Optional<Group> find(UUID id);

    /** Creates the area's group (no team) or a team's; refused when the team is not the area's or has a group. */
    UUID create(NewGroup group);

    /** Renames the group and sets its cadence, checked as on creation (the name's field is "groupName"). */
    void change(UUID groupId, String name, Integer cadenceMonths);

    /**
     * Adds one of the area's managers or team leaders, or an outside member named with their organisation (and role). Adding, recording
     * and agreeing are kept once for a key: the same form sent again changes nothing.
     */
    UUID addMember(UUID groupId, NewMember member);

    /** The area's managers and team leaders who are not yet members of the group, by name: whom to add. */
    List<StaffChoice> staffToAdd(UUID groupId);

    /** The members, staff first, each by name. */
    List<Member> members(UUID groupId);

    /** Records a meeting held (not on a later day, one a day). */
    UUID recordMeeting(UUID groupId, NewMeeting meeting);

    /** The meetings held, latest first, each with the actions agreed in it. */
    List<Meeting> meetings(UUID groupId);

    /** Adds an action to a meeting of the group: owned by a member, due on or after the meeting's day. */
    UUID addAction(UUID groupId, UUID meetingId, NewAction action);

    /** The actions not done yet, of every meeting of the group, earliest due first: the next agenda's. */
    List<Action> openActions(UUID groupId);

    /** Marks an open action of the group done on the day; refused when it is not the group's or already done. */
    void markDone(UUID groupId, UUID actionId, LocalDate on, UUID by);

    record Group(UUID id, short areaId, UUID ipsTeamId, String name, int cadenceMonths) {

        /** The day by which the group should meet again: a cadence after its last meeting, or now when it never met. */
        public LocalDate nextMeetingBy(Optional<LocalDate> lastHeld, LocalDate today) {
            return lastHeld.map(day -> day.plusMonths(cadenceMonths)).orElse(today);
        }
    }

    record NewGroup(short areaId, UUID ipsTeamId, String name, Integer cadenceMonths, UUID createdBy) {
    }

    /** A member: staff (staffMemberId set, name read from the organisation) or outside (organisation set). */
    record Member(UUID id, UUID staffMemberId, String name, String organisation, String role) {

        public boolean outside() {
            return staffMemberId == null;
        }
    }

    record StaffChoice(UUID staffMemberId, String name) {
    }

    record NewMember(UUID key, UUID staffMemberId, String name, String organisation, String role) {
    }

    record Meeting(UUID id, LocalDate heldOn, String notes, String decisions, List<Action> actions) {
    }

    record NewMeeting(UUID key, LocalDate heldOn, String notes, String decisions, UUID recordedBy) {
    }

    record Action(UUID id, UUID meetingId, LocalDate agreedOn, String action, UUID ownerMemberId, String ownerName,
            LocalDate dueOn, LocalDate doneOn) {

        public boolean overdue(LocalDate today) {
            return doneOn == null && dueOn.isBefore(today);
        }
    }

    record NewAction(UUID key, String action, UUID ownerMemberId, LocalDate dueOn) {
    }
}
