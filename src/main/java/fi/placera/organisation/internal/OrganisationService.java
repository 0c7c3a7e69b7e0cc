package fi.placera.organisation.internal;

import static fi.placera.platform.persistence.AggregateWrites.create;
import static fi.placera.platform.persistence.AggregateWrites.update;

import fi.placera.organisation.CareTeamSummary;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.StaffMemberSummary;
import fi.placera.organisation.StaffMemberships;
import fi.placera.organisation.TeamCoach;
import fi.placera.organisation.TeamRole;
import fi.placera.organisation.WelfareArea;
import fi.placera.platform.Rejection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Keeps the organisation: areas, IPS teams, care teams and staff members. */
@Service
public class OrganisationService implements Organisation {

    private final WelfareAreaRepository areas;
    private final IpsTeamRepository ipsTeams;
    private final CareTeamRepository careTeams;
    private final StaffMemberRepository staff;
    private final JdbcClient jdbc;

    OrganisationService(WelfareAreaRepository areas, IpsTeamRepository ipsTeams,
            CareTeamRepository careTeams, StaffMemberRepository staff, JdbcClient jdbc) {
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
        return staff.findById(id).map(OrganisationService::summary);
    }

    @Override
    public StaffMemberships membershipsOf(UUID staffMemberId) {
        return staffMemberId == null ? StaffMemberships.NONE : staff.findById(staffMemberId)
                .map(member -> new StaffMemberships(
                        member.ipsTeams().stream().map(IpsTeamMembership::ipsTeamId).collect(Collectors.toSet()),
                        member.careTeams().stream().map(CareTeamMembership::careTeamId).collect(Collectors.toSet())))
                .orElse(StaffMemberships.NONE);
    }

    @Override
    public List<IpsTeamSummary> ipsTeamsOf(UUID staffMemberId) {
        return ipsTeams.findAllById(membershipsOf(staffMemberId).ipsTeams()).stream()
                .sorted(Comparator.comparing(IpsTeam::name)).map(OrganisationService::summary).toList();
    }

    @Override
    public Optional<IpsTeamSummary> ipsTeamByCode(String code) {
        return ipsTeams.findByCode(code).map(OrganisationService::summary);
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
        return ipsTeams.findById(ipsTeamId).map(IpsTeam::name);
    }

    @Override
    public List<CareTeamSummary> careTeamsOf(short areaId) {
        return careTeams.findByAreaIdOrderByName(areaId).stream()
                .map(team -> new CareTeamSummary(team.id(), team.code(), team.name())).toList();
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

    public WelfareArea renameArea(WelfareArea renamed) {
        return update(areas, renamed.id(), renamed, null, null);
    }

    public List<IpsTeam> ipsTeams() {
        return ipsTeams.findAllByOrderByName();
    }

    public Optional<IpsTeam> ipsTeam(UUID id) {
        return ipsTeams.findById(id);
    }

    public IpsTeam save(IpsTeam team) {
        requireArea(team.areaId());
        return team.version() == null
                ? create(ipsTeams, team.id(), team, "code", "organisation.code.taken")
                : update(ipsTeams, team.id(), team, "code", "organisation.code.taken");
    }

    public List<CareTeam> careTeams() {
        return careTeams.findAllByOrderByName();
    }

    public Optional<CareTeam> careTeam(UUID id) {
        return careTeams.findById(id);
    }

    public CareTeam save(CareTeam team) {
        requireArea(team.areaId());
        return team.version() == null
                ? create(careTeams, team.id(), team, "code", "organisation.code.taken")
                : update(careTeams, team.id(), team, "code", "organisation.code.taken");
    }

    public List<StaffMember> staff() {
        return staff.findAllByOrderByLastNameAscFirstNameAsc();
    }

    public Optional<StaffMember> staffMemberRecord(UUID id) {
        return staff.findById(id);
    }

    public StaffMember save(StaffMember member) {
        requireArea(member.areaId());
        requireSameArea(member);
        return member.version() == null
                ? create(staff, member.id(), member, "email", "organisation.email.taken")
                : update(staff, member.id(), member, "email", "organisation.email.taken");
    }

    private void requireArea(short areaId) {
        if (!areas.existsById(areaId)) {
            throw new Rejection("areaId", "organisation.area.unknown");
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
