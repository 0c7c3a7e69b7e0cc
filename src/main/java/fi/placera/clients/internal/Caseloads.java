package fi.placera.clients.internal;

import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamCoach;
import fi.placera.platform.BatchRejection;
import fi.placera.platform.IpsModel;
import fi.placera.platform.Rejection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Coaches' caseloads (fidelity item S1): at most {@link IpsModel#CASELOAD_PER_FTE} active clients per full-time
 * coach, prorated by FTE. A coach has one caseload whatever the number of teams, so the limit is taken from the
 * coach's FTE in all of them together: two half-time posts make one full-time caseload (decision 0056). The limit
 * is held by one conditional UPDATE of the coach's counter row, which PostgreSQL row-locks, so concurrent
 * assignments to a coach with one place left let exactly one through.
 */
@Component
class Caseloads {

    private static final int SUGGESTIONS = 3;

    private final JdbcClient jdbc;
    private final Organisation organisation;

    Caseloads(JdbcClient jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** Takes a place in the coach's caseload for a client of the team, or refuses naming coaches with room. */
    void assign(UUID coach, UUID ipsTeamId, short areaId) {
        assign(new Place(coach, ipsTeamId, areaId), List.of(0));
    }

    /**
     * Places in their coaches' caseloads for the clients moving in whose service goes on: one conditional update per
     * coach and team for all of the coach's clients there. Refused naming the first client beyond the coach's places.
     */
    void assignMoved(List<Admission> admissions) {
        Map<Place, List<Integer>> byCoach = new LinkedHashMap<>();
        for (int item = 0; item < admissions.size(); item++) {
            Admission admission = admissions.get(item);
            if (admission.hasCoach() && !admission.ended()) {
                Client client = admission.client();
                byCoach.computeIfAbsent(new Place(client.coachStaffId(), client.ipsTeamId(), client.areaId()),
                        place -> new ArrayList<>()).add(item);
            }
        }
        byCoach.forEach(this::assign);
    }

    /** A coach's caseload in a team. */
    private record Place(UUID coach, UUID ipsTeamId, short areaId) {
    }

    /** Places for as many clients as {@code items} (of a batch) in the coach's caseload. */
    private void assign(Place place, List<Integer> items) {
        int limit = limitIn(place.coach(), place.ipsTeamId());
        jdbc.sql("insert into coach_caseload (staff_member_id, area_id) values (?, ?) on conflict do nothing")
                .params(place.coach(), place.areaId()).update();
        int taken = jdbc.sql("""
                        update coach_caseload set active_clients = active_clients + ?
                        where staff_member_id = ? and active_clients + ? <= ?""")
                .params(items.size(), place.coach(), items.size(), limit).update();
        if (taken == 0) {
            // the first client beyond the places (as they are now: another import may have taken some meanwhile)
            int beyond = Math.min(placesLeft(place.coach(), place.ipsTeamId()), items.size() - 1);
            throw new BatchRejection(items.get(beyond), new Rejection(null, "client.caseload.full", limit,
                    withRoom(place.ipsTeamId(), place.areaId(), place.coach())));
        }
    }

    /** Places left in the coach's caseload in the team; none for someone who is not one of its coaches. */
    int placesLeft(UUID coach, UUID ipsTeamId) {
        int active = jdbc.sql("select coalesce(max(active_clients), 0) from coach_caseload where staff_member_id = ?")
                .param(coach).query(Integer.class).single();
        return Math.max(limitIn(coach, ipsTeamId) - active, 0);
    }

    /** Whether the staff member is one of the team's coaches: only they take the team's clients. */
    boolean coachOf(UUID staff, UUID ipsTeamId) {
        return organisation.coachesOf(ipsTeamId).stream().anyMatch(c -> c.staffMemberId().equals(staff));
    }

    /** Whether any coach of the team has a place left; when none has, a referred person waits (issue 24 §2). */
    boolean roomInTeam(UUID ipsTeamId) {
        return organisation.coachesOf(ipsTeamId).stream().anyMatch(c -> placesLeft(c.staffMemberId(), ipsTeamId) > 0);
    }

    /** Gives back the place a client took in the coach's caseload (the client's service or referral ended). */
    void release(UUID coach) {
        jdbc.sql("update coach_caseload set active_clients = active_clients - 1 where staff_member_id = ? and active_clients > 0")
                .param(coach).update();
    }

    /** The coach's limit over all their teams; none for someone who is not a member of this team. */
    private int limitIn(UUID coach, UUID ipsTeamId) {
        return coachOf(coach, ipsTeamId) ? limits(List.of(coach)).getOrDefault(coach, 0) : 0;
    }

    /** Each staff member's limit from their FTE in all their IPS teams together. */
    private Map<UUID, Integer> limits(List<UUID> staff) {
        return jdbc.sql("""
                        select staff_member_id, sum(fte) from organisation_facts_team_member
                        where staff_member_id in (:staff) group by staff_member_id""")
                .param("staff", staff)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), IpsModel.caseloadLimit(rs.getBigDecimal(2))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Up to three other coaches of the team with room, for the refusal message. */
    private String withRoom(UUID ipsTeamId, short areaId, UUID except) {
        List<TeamCoach> coaches = organisation.coachesOf(ipsTeamId);
        Map<UUID, Integer> active = jdbc.sql("select staff_member_id, active_clients from coach_caseload where area_id = ?")
                .param(areaId)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (coaches.isEmpty()) {
            return "";
        }
        Map<UUID, Integer> limits = limits(coaches.stream().map(TeamCoach::staffMemberId).toList());
        return coaches.stream()
                .filter(c -> !c.staffMemberId().equals(except))
                .filter(c -> active.getOrDefault(c.staffMemberId(), 0) < limits.getOrDefault(c.staffMemberId(), 0))
                .limit(SUGGESTIONS).map(TeamCoach::fullName).collect(Collectors.joining(", "));
    }
}
