package fi.placera.meetings.internal;

import fi.placera.clients.CoachTasks;
import fi.placera.platform.IpsModel;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Brings a team meeting's action to its owner's week {@link IpsModel#TEAM_MEETING_ACTION_LEAD_DAYS} days before its
 * due day until the day (decision 0065), linked to the meeting. An action with a free-text owner names nobody's week.
 */
@Component
class TeamActionTasks implements CoachTasks {

    private final Dated dated;

    TeamActionTasks(Dated dated) {
        this.dated = dated;
    }

    @Override
    public List<Task> ownedBy(UUID staffMemberId, LocalDate until) {
        return dated.ofStaff(staffMemberId, until, IpsModel.TEAM_MEETING_ACTION_LEAD_DAYS, """
                        select due_on, action, meeting_id from team_meeting_action
                        where owner_staff_id = :staff and due_on between :today and :until""",
                (rs, row) -> new Task(rs.getObject(1, LocalDate.class), "week.task.team-action",
                        CoachTasks.excerpt(rs.getString(2)), null, "/meetings/team/" + rs.getObject(3, UUID.class)));
    }
}
