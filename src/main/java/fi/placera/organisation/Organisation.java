package fi.placera.organisation;

import fi.placera.platform.Administrator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read-only look-ups of the organisation for other modules. */
public interface Organisation {

    List<WelfareArea> areas();

    Optional<WelfareArea> area(short id);

    /** The areas an administrator may administer: their own, or every area for a national administrator. */
    List<WelfareArea> areasOf(Administrator by);

    /**
     * The area when the administrator may administer it; another area's {@code objectKind} is a security event and
     * answered as missing, like an area that does not exist.
     */
    Optional<WelfareArea> areaOf(Administrator by, short id, String objectKind);

    List<StaffMemberSummary> staffMembers();

    Optional<StaffMemberSummary> staffMember(UUID id);

    /** The IPS teams a staff member belongs to, by name. */
    List<IpsTeamSummary> ipsTeamsOf(UUID staffMemberId);

    Optional<String> ipsTeamName(UUID ipsTeamId);

    /** The IPS team with this code (codes are unique), for operators who name a team on the command line. */
    Optional<IpsTeamSummary> ipsTeamByCode(String code);

    /**
     * The staff member's IPS team: the one asked for if they belong to it, their first when none is asked
     * for (null), otherwise none. How a page that shows one of the user's teams picks it.
     */
    Optional<IpsTeamSummary> ipsTeamOf(UUID staffMemberId, UUID wanted);

    /** The IPS teams of a welfare area, by name. */
    List<IpsTeamSummary> ipsTeamsIn(short areaId);

    /** The care teams of a welfare area. */
    List<CareTeamSummary> careTeamsOf(short areaId);

    /**
     * The IPS teams a care team works with: those whose members are attached to it (a coach attends its weekly
     * meeting), by name. Where a care team's referral goes (decision 0083).
     */
    List<IpsTeamSummary> ipsTeamsWorkingWith(UUID careTeamId);

    /** The coaches and team leaders of an IPS team, with their FTE in it. */
    List<TeamCoach> coachesOf(UUID ipsTeamId);

    /** The members of an IPS team in one role (only its coaches, say), with their FTE in it. */
    List<TeamCoach> membersOf(UUID ipsTeamId, TeamRole role);

    /** The teams a staff member belongs to; none for an unknown id. */
    StaffMemberships membershipsOf(UUID staffMemberId);

    /**
     * Refuses, on the form's {@code field}, while the staff member is the coach of clients whose service goes on, in
     * the team ({@code ipsTeamId} null: in any team): a coach who leaves hands their clients over first (decision
     * 0069). The message names how many and the page where their team leader reassigns them.
     */
    void requireNoClientsInService(UUID staffMemberId, UUID ipsTeamId, String field);
}
