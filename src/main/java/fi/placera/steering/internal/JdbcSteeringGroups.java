package fi.placera.steering.internal;

import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.platform.Checks;
import fi.placera.platform.Rejection;
import fi.placera.steering.SteeringGroups;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcSteeringGroups implements SteeringGroups {

    private static final int NAME_MAX = 200;
    private static final int ACTION_MAX = 500;

    private static final String ACTION = """
            select a.id, a.meeting_id, m.held_on, a.action, a.owner_member_id,
                   coalesce(s.first_name || ' ' || s.last_name, o.name) as owner_name, a.due_on, a.done_on
            from steering_action a
            join steering_meeting m on m.id = a.meeting_id
            join steering_member o on o.id = a.owner_member_id
            left join organisation_facts_staff s on s.staff_member_id = o.staff_member_id
            """;

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Clock clock;

    JdbcSteeringGroups(JdbcClient jdbc, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Group> ofArea(short areaId) {
        return jdbc.sql("""
                        select id, area_id, ips_team_id, name, cadence_months from steering_group where area_id = ?
                        order by ips_team_id is not null, name, id""")
                .param(areaId).query(JdbcSteeringGroups::group).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Group> find(UUID id) {
        return jdbc.sql("select id, area_id, ips_team_id, name, cadence_months from steering_group where id = ?")
                .param(id).query(JdbcSteeringGroups::group).optional();
    }

    @Override
    public UUID create(NewGroup group) {
        String name = Checks.required(group.name(), NAME_MAX, "name");
        int cadence = cadence(group.cadenceMonths());
        if (group.ipsTeamId() != null && organisation.ipsTeamsIn(group.areaId()).stream().map(IpsTeamSummary::id)
                .noneMatch(group.ipsTeamId()::equals)) {
            throw new Rejection("team", "steering.team.unknown");
        }
        boolean exists = jdbc.sql("""
                        select exists (select 1 from steering_group where area_id = ?
                                       and ips_team_id is not distinct from ?)""")
                .params(group.areaId(), group.ipsTeamId()).query(Boolean.class).single();
        if (exists) {
            throw new Rejection("team", "steering.group.exists");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into steering_group (id, area_id, ips_team_id, name, cadence_months, created_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, group.areaId(), group.ipsTeamId(), name, cadence, group.createdBy()).update();
        return id;
    }

    @Override
    public void change(UUID groupId, String name, Integer cadenceMonths) {
        // the group's page has a member's name field too, so its own is "groupName"
        String named = Checks.required(name, NAME_MAX, "groupName");
        jdbc.sql("update steering_group set name = ?, cadence_months = ? where id = ?")
                .params(named, cadence(cadenceMonths), groupId).update();
    }

    private static int cadence(Integer months) {
        Checks.present(months, "cadenceMonths");
        if (months < 1 || months > CADENCE_MAX_MONTHS) {
            throw new Rejection("cadenceMonths", "steering.cadence.range", CADENCE_MAX_MONTHS);
        }
        return months;
    }

    @Override
    public UUID addMember(UUID groupId, NewMember member) {
        Optional<UUID> kept = keptAlready("steering_member", member.key());
        if (kept.isPresent()) {
            return kept.get();
        }
        return member.staffMemberId() != null ? addStaff(groupId, member) : addOutside(groupId, member);
    }

    private UUID addStaff(UUID groupId, NewMember member) {
        if (members(groupId).stream().anyMatch(m -> member.staffMemberId().equals(m.staffMemberId()))) {
            throw new Rejection("staffMemberId", "steering.member.already");
        }
        if (staffToAdd(groupId).stream().noneMatch(s -> s.staffMemberId().equals(member.staffMemberId()))) {
            throw new Rejection("staffMemberId", "steering.member.unknown");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into steering_member (id, group_id, staff_member_id, idempotency_key) values (?, ?, ?, ?)
                        on conflict (idempotency_key) do nothing""")
                .params(id, groupId, member.staffMemberId(), member.key()).update();
        return id;
    }

    private UUID addOutside(UUID groupId, NewMember member) {
        String name = Checks.required(member.name(), NAME_MAX, "name");
        String from = Checks.required(member.organisation(), NAME_MAX, "organisation");
        String role = Checks.optional(member.role(), NAME_MAX, "role");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into steering_member (id, group_id, name, organisation, role, idempotency_key)
                        values (?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(id, groupId, name, from, role, member.key()).update();
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffChoice> staffToAdd(UUID groupId) {
        return jdbc.sql("""
                        select s.staff_member_id, s.first_name || ' ' || s.last_name
                        from steering_group g join organisation_facts_staff s on s.area_id = g.area_id
                        where g.id = ?
                          and exists (select 1 from identity_facts_staff_role r where r.staff_member_id = s.staff_member_id
                                      and r.role in ('MANAGER', 'TEAM_LEADER'))
                          and not exists (select 1 from steering_member m
                                          where m.group_id = g.id and m.staff_member_id = s.staff_member_id)
                        order by s.last_name, s.first_name, s.staff_member_id""")
                .param(groupId)
                .query((rs, row) -> new StaffChoice(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> members(UUID groupId) {
        return jdbc.sql("""
                        select m.id, m.staff_member_id, coalesce(s.first_name || ' ' || s.last_name, m.name) as name,
                               m.organisation, m.role
                        from steering_member m left join organisation_facts_staff s on s.staff_member_id = m.staff_member_id
                        where m.group_id = ? order by m.staff_member_id is null, 3, m.id""")
                .param(groupId)
                .query((rs, row) -> new Member(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    @Override
    public UUID recordMeeting(UUID groupId, NewMeeting meeting) {
        LocalDate day = Checks.notInFuture(meeting.heldOn(), clock, "heldOn");
        Optional<UUID> kept = keptAlready("steering_meeting", meeting.key());
        if (kept.isPresent()) {
            return kept.get();
        }
        UUID id = UUID.randomUUID();
        String notes = Checks.optional(meeting.notes(), Checks.LONG_TEXT, "notes");
        String decisions = Checks.optional(meeting.decisions(), Checks.LONG_TEXT, "decisions");
        boolean sameDay = jdbc.sql("select exists (select 1 from steering_meeting where group_id = ? and held_on = ?)")
                .params(groupId, day).query(Boolean.class).single();
        if (sameDay) {
            throw new Rejection("heldOn", "steering.meeting.same-day");
        }
        jdbc.sql("""
                        insert into steering_meeting (id, group_id, held_on, notes, decisions, recorded_by, idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(id, groupId, day, notes, decisions, meeting.recordedBy(), meeting.key()).update();
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Meeting> meetings(UUID groupId) {
        // sql-reviewed: ACTION is a constant select, values are parameters
        Map<UUID, List<Action>> actions = jdbc.sql(ACTION + " where m.group_id = ? order by a.due_on, a.id")
                .param(groupId).query(JdbcSteeringGroups::action).list().stream()
                .collect(Collectors.groupingBy(Action::meetingId));
        return jdbc.sql("""
                        select id, held_on, notes, decisions from steering_meeting where group_id = ?
                        order by held_on desc""")
                .param(groupId)
                .query((rs, row) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Meeting(id, rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                            actions.getOrDefault(id, List.of()));
                })
                .list();
    }

    @Override
    public UUID addAction(UUID groupId, UUID meetingId, NewAction action) {
        LocalDate heldOn = jdbc.sql("select held_on from steering_meeting where id = ? and group_id = ?")
                .params(meetingId, groupId).query(LocalDate.class).optional()
                .orElseThrow(() -> new Rejection(null, "steering.meeting.unknown"));
        String what = Checks.required(action.action(), ACTION_MAX, "action");
        if (action.ownerMemberId() == null
                || members(groupId).stream().noneMatch(member -> member.id().equals(action.ownerMemberId()))) {
            throw new Rejection("ownerMemberId", "steering.action.owner-unknown");
        }
        if (action.dueOn().isBefore(heldOn)) {
            throw new Rejection("dueOn", "steering.action.due-before");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into steering_action (id, meeting_id, action, owner_member_id, due_on, idempotency_key)
                        values (?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing""")
                .params(id, meetingId, what, action.ownerMemberId(), action.dueOn(), action.key()).update();
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Action> openActions(UUID groupId) {
        // sql-reviewed: ACTION is a constant select, values are parameters
        return jdbc.sql(ACTION + " where m.group_id = ? and a.done_on is null order by a.due_on, m.held_on, a.id")
                .param(groupId).query(JdbcSteeringGroups::action).list();
    }

    @Override
    public void markDone(UUID groupId, UUID actionId, LocalDate on, UUID by) {
        int marked = jdbc.sql("""
                        update steering_action a set done_on = ?, done_by = ?
                        from steering_meeting m
                        where a.id = ? and m.id = a.meeting_id and m.group_id = ? and a.done_on is null""")
                .params(on, by, actionId, groupId).update();
        if (marked == 0) {
            throw new Rejection(null, "steering.action.not-open");
        }
    }

    /** What a form with this key made before: sent again, it is not refused for what the first one did. */
    private Optional<UUID> keptAlready(String table, UUID key) {
        // sql-reviewed: the table is one of this class's constants, the key a parameter
        return jdbc.sql("select id from " + table + " where idempotency_key = ?").param(key).query(UUID.class)
                .optional();
    }

    private static Group group(ResultSet rs, int row) throws SQLException {
        return new Group(rs.getObject(1, UUID.class), rs.getShort(2), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getInt(5));
    }

    private static Action action(ResultSet rs, int row) throws SQLException {
        return new Action(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
                rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class));
    }
}
