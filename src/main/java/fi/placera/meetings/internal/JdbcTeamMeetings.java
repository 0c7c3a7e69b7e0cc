package fi.placera.meetings.internal;

import static fi.placera.platform.Checks.LONG_TEXT;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.present;
import static fi.placera.platform.Checks.required;

import fi.placera.meetings.TeamMeetings;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Team meetings in PostgreSQL; a change replaces the meeting's attendees, job leads and actions. */
@Service
class JdbcTeamMeetings implements TeamMeetings {

    private static final int PARTICIPANTS = 1000;
    private static final int ACTION = 500;
    private static final int OWNER = 200;
    private static final Logger SECURITY = LoggerFactory.getLogger("placera.security");
    /** Each meeting with its parts as arrays, so that a list of meetings is one query. */
    private static final String COLUMNS = """
            select m.id, m.version, m.idempotency_key, m.area_id, m.ips_team_id, m.kind, m.held_on, m.starts_at,
                   m.ends_at, m.other_participants, m.notes, m.decisions, m.recorded_by,
                   array(select staff_member_id from team_meeting_attendee where meeting_id = m.id) as attendees,
                   array(select job_lead_id from team_meeting_job_lead where meeting_id = m.id) as job_leads,
                   array(select action from team_meeting_action where meeting_id = m.id order by due_on, id) as actions,
                   array(select owner from team_meeting_action where meeting_id = m.id order by due_on, id) as owners,
                   array(select owner_staff_id from team_meeting_action where meeting_id = m.id order by due_on, id)
                       as owner_staff,
                   array(select due_on::text from team_meeting_action where meeting_id = m.id order by due_on, id) as dues
            from team_meeting m""";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcTeamMeetings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UUID save(TeamMeeting meeting) {
        TeamMeeting checked = checked(meeting);
        lockTeam(checked.ipsTeamId());
        refuseOwnersOutsideTeam(checked);
        refuseOverlap(checked);
        UUID id = checked.id() == null ? insert(checked) : update(checked);
        replaceParts(id, checked);
        return id;
    }

    private TeamMeeting checked(TeamMeeting meeting) {
        present(meeting.kind(), "kind");
        if (meeting.id() == null && meeting.kind() == TeamMeetings.Kind.STEERING_GROUP) {
            // the steering group keeps its own meetings (decision 0084); those recorded here before stay
            throw new Rejection("kind", "meetings.team.steering-moved");
        }
        present(meeting.heldOn(), "heldOn");
        present(meeting.startsAt(), "startsAt");
        if (present(meeting.endsAt(), "endsAt").compareTo(meeting.startsAt()) <= 0) {
            throw new Rejection("endsAt", "meetings.team.ends-before-start");
        }
        boolean scheduled = !meeting.heldBy(LocalDate.now(clock));
        if (scheduled && (!meeting.attendees().isEmpty() || meeting.decisions() != null && !meeting.decisions().isBlank()
                || !meeting.actions().isEmpty())) {
            throw new Rejection("heldOn", "meetings.team.not-held-yet");
        }
        List<Action> actions = meeting.actions().stream().map(action -> checked(action, meeting.heldOn())).toList();
        return new TeamMeeting(meeting.id(), meeting.version(), meeting.idempotencyKey(), meeting.areaId(),
                meeting.ipsTeamId(), meeting.kind(), meeting.heldOn(), meeting.startsAt(), meeting.endsAt(),
                meeting.attendees(), optional(meeting.otherParticipants(), PARTICIPANTS, "otherParticipants"),
                optional(meeting.notes(), LONG_TEXT, "notes"), optional(meeting.decisions(), LONG_TEXT, "decisions"),
                actions, meeting.jobLeadIds(), meeting.recordedBy());
    }

    private static Action checked(Action action, LocalDate heldOn) {
        LocalDate due = present(action.dueOn(), "actionDueOn");
        if (due.isBefore(heldOn)) {
            throw new Rejection("actionDueOn", "meetings.team.action-due-before");
        }
        String what = required(action.action(), ACTION, "action");
        return action.ownerStaffId() != null ? new Action(what, null, action.ownerStaffId(), due)
                : new Action(what, required(action.owner(), OWNER, "actionOwner"), null, due);
    }

    /**
     * An action is owned by a member of the meeting's team: a staff id from anywhere else is refused and logged as a
     * security event (the form offers only the team's members), so that nobody's week gets another team's actions.
     */
    private void refuseOwnersOutsideTeam(TeamMeeting meeting) {
        if (meeting.actions().stream().map(Action::ownerStaffId).filter(Objects::nonNull).distinct()
                .anyMatch(owner -> !memberOf(meeting.ipsTeamId(), owner))) {
            SECURITY.atWarn().addKeyValue("event", "team_action_owner_outside_team")
                    .addKeyValue("account", meeting.recordedBy()).log("security event team_action_owner_outside_team");
            throw new Rejection("actionOwner", "meetings.team.action-owner-unknown");
        }
    }

    private boolean memberOf(UUID ipsTeamId, UUID staffMemberId) {
        return jdbc.sql("""
                        select exists (select 1 from organisation_facts_team_member
                                       where ips_team_id = ? and staff_member_id = ?)""")
                .params(ipsTeamId, staffMemberId).query(Boolean.class).single();
    }

    /** Serialises saves of one team's meetings so that two overlapping ones cannot both pass the check. */
    private void lockTeam(UUID ipsTeamId) {
        jdbc.sql("select ips_team_id from organisation_facts_team where ips_team_id = ? for update").param(ipsTeamId).query(UUID.class).optional()
                .orElseThrow(() -> new Rejection(null, "validation.required"));
    }

    private void refuseOverlap(TeamMeeting meeting) {
        jdbc.sql("""
                        select kind, starts_at from team_meeting
                        where ips_team_id = ? and held_on = ? and starts_at < ? and ends_at > ?
                          and id is distinct from ? and idempotency_key <> ?
                        order by starts_at limit 1""")
                .params(meeting.ipsTeamId(), meeting.heldOn(), meeting.endsAt(), meeting.startsAt(), meeting.id(),
                        meeting.idempotencyKey())
                .query((rs, row) -> new Rejection("startsAt", "meetings.team.overlap",
                        new DefaultMessageSourceResolvable("meetings.kind." + rs.getString(1)),
                        rs.getObject(2, LocalTime.class).toString()))
                .optional()
                .ifPresent(overlap -> {
                    throw overlap;
                });
    }

    private UUID insert(TeamMeeting meeting) {
        UUID id = UUID.randomUUID();
        int stored = jdbc.sql("""
                        insert into team_meeting (id, area_id, ips_team_id, kind, held_on, starts_at, ends_at,
                                                  other_participants, notes, decisions, recorded_by, idempotency_key, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) on conflict (idempotency_key) do nothing""")
                .params(id, meeting.areaId(), meeting.ipsTeamId(), meeting.kind().name(), meeting.heldOn(),
                        meeting.startsAt(), meeting.endsAt(), meeting.otherParticipants(), meeting.notes(),
                        meeting.decisions(), meeting.recordedBy(), meeting.idempotencyKey())
                .update();
        return stored == 1 ? id : jdbc.sql("select id from team_meeting where idempotency_key = ?")
                .param(meeting.idempotencyKey()).query(UUID.class).single();
    }

    private UUID update(TeamMeeting meeting) {
        int saved = jdbc.sql("""
                        update team_meeting set kind = ?, held_on = ?, starts_at = ?, ends_at = ?, other_participants = ?,
                               notes = ?, decisions = ?, version = version + 1
                        where id = ? and ips_team_id = ? and version = ?""")
                .params(meeting.kind().name(), meeting.heldOn(), meeting.startsAt(), meeting.endsAt(),
                        meeting.otherParticipants(), meeting.notes(), meeting.decisions(), meeting.id(),
                        meeting.ipsTeamId(), meeting.version())
                .update();
        if (saved == 0) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        return meeting.id();
    }

    private void replaceParts(UUID id, TeamMeeting meeting) {
        jdbc.sql("delete from team_meeting_attendee where meeting_id = ?").param(id).update();
        jdbc.sql("delete from team_meeting_job_lead where meeting_id = ?").param(id).update();
        jdbc.sql("delete from team_meeting_action where meeting_id = ?").param(id).update();
        meeting.attendees().forEach(staff -> jdbc.sql("""
                        insert into team_meeting_attendee (meeting_id, staff_member_id)
                        select ?, m.staff_member_id from organisation_facts_team_member m where m.staff_member_id = ? and m.ips_team_id = ?""")
                .params(id, staff, meeting.ipsTeamId()).update());
        meeting.jobLeadIds().forEach(lead -> jdbc.sql("""
                        insert into team_meeting_job_lead (meeting_id, job_lead_id)
                        select ?, l.job_lead_id from employers_facts_job_lead l where l.job_lead_id = ? and l.area_id = ?""")
                .params(id, lead, meeting.areaId()).update());
        meeting.actions().forEach(action -> jdbc.sql("""
                        insert into team_meeting_action (id, meeting_id, action, owner, owner_staff_id, due_on)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id, action.action(), action.owner(), action.ownerStaffId(), action.dueOn())
                .update());
    }

    @Override
    public List<TeamMeeting> ofTeam(UUID ipsTeamId) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where m.ips_team_id = ? order by m.held_on desc, m.starts_at desc")
                .param(ipsTeamId).query(this::meeting).list();
    }

    @Override
    public Optional<TeamMeeting> find(UUID id) {
        // sql-reviewed: COLUMNS is a constant, values are parameters
        return jdbc.sql(COLUMNS + " where m.id = ?").param(id).query(this::meeting).optional();
    }

    private TeamMeeting meeting(ResultSet rs, int row) throws SQLException {
        return new TeamMeeting(rs.getObject("id", UUID.class), rs.getInt("version"),
                rs.getObject("idempotency_key", UUID.class), rs.getShort("area_id"),
                rs.getObject("ips_team_id", UUID.class), Kind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
                rs.getObject("ends_at", LocalTime.class), Set.of((UUID[]) rs.getArray("attendees").getArray()),
                rs.getString("other_participants"), rs.getString("notes"), rs.getString("decisions"), actions(rs),
                Set.of((UUID[]) rs.getArray("job_leads").getArray()), rs.getObject("recorded_by", UUID.class));
    }

    private static List<Action> actions(ResultSet rs) throws SQLException {
        String[] actions = (String[]) rs.getArray("actions").getArray();
        String[] owners = (String[]) rs.getArray("owners").getArray();
        UUID[] ownerStaff = (UUID[]) rs.getArray("owner_staff").getArray();
        String[] dues = (String[]) rs.getArray("dues").getArray();
        return IntStream.range(0, actions.length)
                .mapToObj(i -> new Action(actions[i], owners[i], ownerStaff[i], LocalDate.parse(dues[i]))).toList();
    }
}
