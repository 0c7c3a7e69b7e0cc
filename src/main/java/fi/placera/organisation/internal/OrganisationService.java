package fi.placera.organisation.internal;

import static fi.placera.platform.persistence.AggregateWrites.create;
import static fi.placera.platform.persistence.AggregateWrites.update;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.organisation.CareTeamSummary;
import fi.placera.organisation.CollaborationModel;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.StaffMemberSummary;
import fi.placera.organisation.StaffMemberships;
import fi.placera.organisation.TeamCoach;
import fi.placera.organisation.TeamRole;
import fi.placera.organisation.WelfareArea;
import fi.placera.platform.AdminRefusals;
import fi.placera.platform.Administrator;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.Versioned;
import fi.placera.platform.web.PerRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the organisation: areas, IPS teams, care teams and staff members. */
@Service
public class OrganisationService implements Organisation {

    private final WelfareAreaRepository areas;
    private final IpsTeamRepository ipsTeams;
    private final CareTeamRepository careTeams;
    private final StaffMemberRepository staff;
    private static final String IPS_TEAM = "IPS_TEAM";
    private static final String CARE_TEAM = "CARE_TEAM";
    private static final String STAFF = "STAFF";
    /** What a staff member belongs to, kept for the rest of a request (decision 0095). */
    private static final String KEPT = "organisation.";
    private final JdbcClient jdbc;
    private final AdminChanges changes;

    OrganisationService(WelfareAreaRepository areas, IpsTeamRepository ipsTeams,
            CareTeamRepository careTeams, StaffMemberRepository staff, JdbcClient jdbc, AdminChanges changes) {
        this.changes = changes;
        this.areas = areas;
        this.ipsTeams = ipsTeams;
        this.careTeams = careTeams;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public List<WelfareArea> areas() {
        return areas.findAllByOrderByNameFi();
    }

    @Override
    public Optional<WelfareArea> area(short id) {
        return areas.findById(id);
    }

    @Override
    public List<StaffMemberSummary> staffMembers() {
        return staff.findAllByOrderByLastNameAscFirstNameAsc().stream().map(OrganisationService::summary).toList();
    }

    @Override
    public Optional<StaffMemberSummary> staffMember(UUID id) {
        // one statement, not the aggregate with its memberships (three statements in a transaction of its own)
        return jdbc.sql("select id, area_id, first_name, last_name from staff_member where id = ?").param(id)
                .query((rs, row) -> new StaffMemberSummary(rs.getObject("id", UUID.class), rs.getShort("area_id"),
                        rs.getString("first_name"), rs.getString("last_name")))
                .optional();
    }

    /**
     * One statement over the two membership tables, not the staff member's aggregate: several look-ups of every page
     * (who may read what, which teams the user has) ask it, and the aggregate took three statements in a transaction
     * of its own (issue 25). An unknown staff member belongs to nothing, as before.
     */
    @Override
    public StaffMemberships membershipsOf(UUID staffMemberId) {
        if (staffMemberId == null) {
            return StaffMemberships.NONE;
        }
        return PerRequest.remembered(KEPT + "memberships." + staffMemberId, () -> membershipsRead(staffMemberId));
    }

    private StaffMemberships membershipsRead(UUID staffMemberId) {
        Set<UUID> ipsTeamIds = new HashSet<>();
        Set<UUID> careTeamIds = new HashSet<>();
        jdbc.sql("""
                        select ips_team_id, null::uuid from ips_team_membership where staff_member_id = :staff
                        union all
                        select null, care_team_id from care_team_membership where staff_member_id = :staff""")
                .param("staff", staffMemberId)
                .query(rs -> {
                    addIfPresent(ipsTeamIds, rs.getObject(1, UUID.class));
                    addIfPresent(careTeamIds, rs.getObject(2, UUID.class));
                });
        return new StaffMemberships(ipsTeamIds, careTeamIds);
    }

    private static void addIfPresent(Set<UUID> ids, UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }

    @Override
    public List<IpsTeamSummary> ipsTeamsOf(UUID staffMemberId) {
        return PerRequest.remembered(KEPT + "teams." + staffMemberId, () -> jdbc.sql("""
                        select t.id, t.code, t.name, t.area_id, t.collaboration_model
                        from ips_team t join ips_team_membership m on m.ips_team_id = t.id
                        where m.staff_member_id = ?""")
                .param(staffMemberId).query(OrganisationService::teamSummary)
                .list().stream().sorted(Comparator.comparing(IpsTeamSummary::name)).toList());
    }

    @Override
    public Optional<IpsTeamSummary> ipsTeamByCode(String code) {
        return PerRequest.remembered(KEPT + "team-code." + code, () -> jdbc
                .sql("select id, code, name, area_id, collaboration_model from ips_team where code = ?").param(code)
                .query(OrganisationService::teamSummary).optional());
    }

    private static IpsTeamSummary teamSummary(ResultSet rs, int row) throws SQLException {
        return new IpsTeamSummary(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getShort("area_id"), CollaborationModel.valueOf(rs.getString("collaboration_model")));
    }

    @Override
    public Optional<IpsTeamSummary> ipsTeamOf(UUID staffMemberId, UUID wanted) {
        return staffMemberId == null ? Optional.empty() : ipsTeamsOf(staffMemberId).stream()
                .filter(team -> wanted == null || team.id().equals(wanted)).findFirst();
    }

    @Override
    public List<IpsTeamSummary> ipsTeamsIn(short areaId) {
        return ipsTeams.findByAreaIdOrderByName(areaId).stream().map(OrganisationService::summary).toList();
    }

    private static IpsTeamSummary summary(IpsTeam team) {
        return new IpsTeamSummary(team.id(), team.code(), team.name(), team.areaId(), team.collaborationModel());
    }

    @Override
    public Optional<String> ipsTeamName(UUID ipsTeamId) {
        return jdbc.sql("select name from ips_team where id = ?").param(ipsTeamId).query(String.class).optional();
    }

    @Override
    public List<CareTeamSummary> careTeamsOf(short areaId) {
        return careTeams.findByAreaIdOrderByName(areaId).stream()
                .map(team -> new CareTeamSummary(team.id(), team.code(), team.name())).toList();
    }

    @Override
    public List<IpsTeamSummary> ipsTeamsWorkingWith(UUID careTeamId) {
        List<UUID> teams = jdbc.sql("""
                        select distinct m.ips_team_id from ips_team_membership m
                        join care_team_membership c on c.staff_member_id = m.staff_member_id
                        where c.care_team_id = ?""")
                .param(careTeamId).query(UUID.class).list();
        return ipsTeams.findAllById(teams).stream().sorted(Comparator.comparing(IpsTeam::name))
                .map(OrganisationService::summary).toList();
    }

    @Override
    public List<TeamCoach> coachesOf(UUID ipsTeamId) {
        return members(ipsTeamId, null);
    }

    @Override
    public List<TeamCoach> membersOf(UUID ipsTeamId, TeamRole role) {
        return members(ipsTeamId, role);
    }

    /** One statement for the team's members: loading every staff aggregate of the country was issue 10's slowest part. */
    private List<TeamCoach> members(UUID ipsTeamId, TeamRole role) {
        return jdbc.sql("""
                select s.id, s.first_name || ' ' || s.last_name as full_name, m.fte
                from ips_team_membership m join staff_member s on s.id = m.staff_member_id
                where m.ips_team_id = :team and (cast(:role as text) is null or m.team_role = :role)
                order by s.last_name, s.first_name, s.id
                """)
                .param("team", ipsTeamId).param("role", role == null ? null : role.name())
                .query((row, n) -> new TeamCoach(row.getObject("id", UUID.class), row.getString("full_name"),
                        row.getBigDecimal("fte")))
                .list();
    }

    /** Only a national administrator renames areas (the security rules keep area administrators out already). */
    @Transactional
    public WelfareArea renameArea(Administrator by, WelfareArea renamed) {
        if (!by.national()) {
            throw AdminRefusals.refused(by, "nameFi", "organisation.area.outside");
        }
        Optional<WelfareArea> before = areas.findById(renamed.id());
        return audited(by, "AREA", renamed.id(), renamed.id(), before,
                () -> update(areas, renamed.id(), renamed, null, null));
    }

    @Override
    public List<WelfareArea> areasOf(Administrator by) {
        return areas().stream().filter(area -> by.covers(area.id())).toList();
    }

    @Override
    public Optional<WelfareArea> areaOf(Administrator by, short id, String objectKind) {
        if (!by.covers(id)) {
            AdminRefusals.outsideArea(by, objectKind);
            return Optional.empty();
        }
        return area(id);
    }

    public List<IpsTeam> ipsTeams(Administrator by) {
        return ipsTeams.findAllByOrderByName().stream().filter(team -> by.covers(team.areaId())).toList();
    }

    /** The team, if it lies in the administrator's area; another area's is as missing as an unknown one. */
    public Optional<IpsTeam> ipsTeam(Administrator by, UUID id) {
        return within(by, ipsTeams.findById(id), IpsTeam::areaId, IPS_TEAM);
    }

    /**
     * Creates or edits a team of the administrator's area. The id comes with the form: one naming another area's
     * team is refused like a missing one ({@link #outsideArea}).
     */
    @Transactional
    public IpsTeam save(Administrator by, IpsTeam team) {
        Optional<IpsTeam> before = editable(by, ipsTeams.findById(team.id()), IpsTeam::areaId, IPS_TEAM);
        requireArea(by, team.areaId());
        return audited(by, IPS_TEAM, team.id(), team.areaId(), before, () -> team.version() == null
                ? create(ipsTeams, team.id(), team, "code", "organisation.code.taken")
                : update(ipsTeams, team.id(), team, "code", "organisation.code.taken"));
    }

    public List<CareTeam> careTeams(Administrator by) {
        return careTeams.findAllByOrderByName().stream().filter(team -> by.covers(team.areaId())).toList();
    }

    public Optional<CareTeam> careTeam(Administrator by, UUID id) {
        return within(by, careTeams.findById(id), CareTeam::areaId, CARE_TEAM);
    }

    @Transactional
    public CareTeam save(Administrator by, CareTeam team) {
        Optional<CareTeam> before = editable(by, careTeams.findById(team.id()), CareTeam::areaId, CARE_TEAM);
        requireArea(by, team.areaId());
        return audited(by, CARE_TEAM, team.id(), team.areaId(), before, () -> team.version() == null
                ? create(careTeams, team.id(), team, "code", "organisation.code.taken")
                : update(careTeams, team.id(), team, "code", "organisation.code.taken"));
    }

    public List<StaffMember> staff(Administrator by) {
        return staff.findAllByOrderByLastNameAscFirstNameAsc().stream().filter(member -> by.covers(member.areaId()))
                .toList();
    }

    public Optional<StaffMember> staffMemberRecord(Administrator by, UUID id) {
        return within(by, staff.findById(id), StaffMember::areaId, STAFF);
    }

    @Transactional
    public StaffMember save(Administrator by, StaffMember member) {
        Optional<StaffMember> before = editable(by, staff.findById(member.id()), StaffMember::areaId, STAFF);
        requireArea(by, member.areaId());
        requireSameArea(member);
        before.ifPresent(stored -> requireClientsHandedOver(stored, member));
        return audited(by, STAFF, member.id(), member.areaId(), before, () -> member.version() == null
                ? create(staff, member.id(), member, "email", "organisation.email.taken")
                : update(staff, member.id(), member, "email", "organisation.email.taken"));
    }

    @Override
    public void requireNoClientsInService(UUID staffMemberId, UUID ipsTeamId, String field) {
        int clients = jdbc.sql("""
                        select count(*) from clients_facts_in_service
                        where coach_staff_id = ? and (cast(? as uuid) is null or ips_team_id = ?)""")
                .params(staffMemberId, ipsTeamId, ipsTeamId).query(Integer.class).single();
        if (clients > 0) {
            throw new Rejection(field, "staff.coach.has-clients", clients, "/clients?coach=" + staffMemberId);
        }
    }

    /** Whether a record under this id exists in another area than the administrator's: the page answers 404. */
    public boolean outsideArea(Administrator by, UUID id) {
        return id != null && (outside(by, ipsTeams.findById(id), IpsTeam::areaId, IPS_TEAM)
                || outside(by, careTeams.findById(id), CareTeam::areaId, CARE_TEAM)
                || outside(by, staff.findById(id), StaffMember::areaId, STAFF));
    }

    private static <T> Optional<T> within(Administrator by, Optional<T> record, ToIntFunction<T> area, String kind) {
        return outside(by, record, area, kind) ? Optional.empty() : record;
    }

    /** The stored record a form edits (empty for a new one); another area's is refused. */
    private static <T> Optional<T> editable(Administrator by, Optional<T> stored, ToIntFunction<T> area, String kind) {
        if (outside(by, stored, area, kind)) {
            throw AdminRefusals.refused(by, "areaId", "organisation.area.outside");
        }
        return stored;
    }

    /** Whether the record exists in another area than the administrator's (a security event when it does). */
    private static <T> boolean outside(Administrator by, Optional<T> record, ToIntFunction<T> area, String kind) {
        boolean outside = record.isPresent() && !by.covers((short) area.applyAsInt(record.get()));
        if (outside) {
            AdminRefusals.outsideArea(by, kind);
        }
        return outside;
    }

    /**
     * Saves and writes one audit-trail row when something changed (a resubmitted form changes nothing). Records
     * are summarised without their version, which every save moves on.
     */
    private <T extends Versioned<T>> T audited(Administrator by, String kind, Object id, short areaId,
            Optional<T> before, Supplier<T> save) {
        T saved = save.get();
        PerRequest.forget(KEPT);
        String beforeText = before.map(record -> record.withVersion(null).toString()).orElse(null);
        String afterText = saved.withVersion(null).toString();
        if (!afterText.equals(beforeText)) {
            changes.record(by, AdminChange.of(kind, id, areaId, kind + (before.isEmpty() ? "_CREATED" : "_CHANGED"),
                    beforeText, afterText));
        }
        return saved;
    }

    private void requireArea(Administrator by, short areaId) {
        if (!by.covers(areaId)) {
            throw AdminRefusals.refused(by, "areaId", "organisation.area.outside");
        }
        requireArea(areaId);
    }

    private void requireArea(short areaId) {
        if (!areas.existsById(areaId)) {
            throw new Rejection("areaId", "organisation.area.unknown");
        }
    }

    /** A coach who leaves a team has handed over their clients in it first (a team leader may hold clients too). */
    private void requireClientsHandedOver(StaffMember stored, StaffMember changed) {
        for (IpsTeamMembership membership : stored.ipsTeams()) {
            boolean stays = changed.ipsTeams().stream().anyMatch(kept -> kept.ipsTeamId().equals(membership.ipsTeamId()));
            if (!stays) {
                requireNoClientsInService(stored.id(), membership.ipsTeamId(), "ipsTeamId");
            }
        }
    }

    /** A staff member joins only teams of their own welfare area. */
    private void requireSameArea(StaffMember member) {
        for (IpsTeamMembership membership : member.ipsTeams()) {
            if (ipsTeams.findById(membership.ipsTeamId()).filter(t -> t.areaId() == member.areaId()).isEmpty()) {
                throw new Rejection("ipsTeamId", "organisation.team.other-area");
            }
        }
        for (CareTeamMembership membership : member.careTeams()) {
            if (careTeams.findById(membership.careTeamId()).filter(t -> t.areaId() == member.areaId()).isEmpty()) {
                throw new Rejection("careTeamIds", "organisation.team.other-area");
            }
        }
    }

    private static StaffMemberSummary summary(StaffMember member) {
        return new StaffMemberSummary(member.id(), member.areaId(), member.firstName(), member.lastName());
    }
}
