package fi.placera.clients.internal;

import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.present;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.Organisation;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import fi.placera.platform.persistence.BatchColumns;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is the client's coach, and who has been (issue 24 §1, decision 0069). The team leader assigns a coach of the
 * client's team or hands the client over to another: the receiving coach's place is taken by the one conditional
 * update that holds the caseload limit ({@link Caseloads}), the giving coach's place is given back, and the coach
 * history gains a row, all in one transaction. Every client whose service goes on has a coach or waits on the team's
 * list, never neither.
 */
@Service
public class CoachAssignments {

    private static final int NOTE = 2000;
    private static final Logger SECURITY = LoggerFactory.getLogger("placera.security");

    /**
     * One coach of the client, from a day to a day (open: the coach now), the staff member who assigned (none for a
     * coach known before the history was kept) and the handover note.
     */
    public record Assignment(UUID coachStaffId, LocalDate fromOn, LocalDate toOn, UUID assignedByStaffId, String note) {
    }

    private final JdbcClient jdbc;
    private final Caseloads caseloads;
    private final WaitingList waiting;
    private final ClientRepository clients;
    private final Organisation organisation;
    private final Clock clock;

    CoachAssignments(JdbcClient jdbc, Caseloads caseloads, WaitingList waiting, ClientRepository clients,
            Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.caseloads = caseloads;
        this.waiting = waiting;
        this.clients = clients;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The client's coaches, the first first. */
    public List<Assignment> history(UUID clientId) {
        return jdbc.sql("""
                        select a.coach_staff_id, a.from_on, a.to_on, u.staff_member_id, a.note from coach_assignment a
                        left join identity_facts_account_staff u on u.account_id = a.assigned_by
                        where a.client_id = ? order by a.ordinal""")
                .param(clientId)
                .query((rs, row) -> new Assignment(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, UUID.class), rs.getString(5)))
                .list();
    }

    /** A coach of the team and the places left in their caseload, for the team leader's choice. */
    public record TeamCoachRoom(UUID staffMemberId, String fullName, int placesLeft) {
    }

    /** The team's coaches with the places left in each one's caseload. */
    public List<TeamCoachRoom> coachesOf(UUID ipsTeamId) {
        return organisation.coachesOf(ipsTeamId).stream()
                .map(coach -> new TeamCoachRoom(coach.staffMemberId(), coach.fullName(),
                        caseloads.placesLeft(coach.staffMemberId(), ipsTeamId)))
                .toList();
    }

    /** Whether the user leads the client's team: only they assign and hand over its clients. */
    public boolean leads(PlaceraUser user, Client client) {
        return user.has(Role.TEAM_LEADER) && user.areaId() != null && user.areaId() == client.areaId()
                && organisation.membershipsOf(user.staffMemberId()).ipsTeams().contains(client.ipsTeamId());
    }

    /**
     * Assigns the coach to the client, or hands the client over to them from the coach they have. A second
     * submission of the same choice changes nothing; a choice made on a page shown before another leader's handover is
     * refused as a conflict (the giving coach is no longer the one the page showed).
     */
    @Transactional
    public void assign(PlaceraUser leader, Client client, UUID coach, String note) {
        if (!leads(leader, client)) {
            SECURITY.atWarn().addKeyValue("event", "coach_assignment_refused").addKeyValue("account", leader.accountId())
                    .log("security event coach_assignment_refused");
            throw new Rejection(null, "client.coach.leader-only");
        }
        present(coach, "coachStaffId");
        String handover = optional(note, NOTE, "handoverNote");
        if (coach.equals(client.coachStaffId())) {
            return;
        }
        if (!clients.inService(client.id())) {
            throw new Rejection(null, "client.coach.not-in-service");
        }
        if (!caseloads.coachOf(coach, client.ipsTeamId())) {
            throw new Rejection("coachStaffId", "client.coach.not-of-team");
        }
        caseloads.assign(coach, client.ipsTeamId(), client.areaId());
        int moved = jdbc.sql("""
                        update client set coach_staff_id = ?, version = version + 1
                        where id = ? and coach_staff_id is not distinct from ?""")
                .params(coach, client.id(), client.coachStaffId()).update();
        if (moved == 0) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        LocalDate today = LocalDate.now(clock);
        if (client.coachStaffId() == null) {
            waiting.end(client.id(), today);
        } else {
            caseloads.release(client.coachStaffId());
        }
        open(client.id(), client.areaId(), coach, today, leader.accountId(), handover);
    }

    /** The coach a client gets at registration (or had in the tracker a team moves in from), from that day. */
    void first(Client client, LocalDate from, UUID by) {
        open(client.id(), client.areaId(), client.coachStaffId(), from, by, null);
    }

    /**
     * The first coaches of clients moving in, from their referral day, in one statement: new clients, so there is no
     * earlier assignment to close.
     */
    void firstOfMoved(List<Admission> admissions) {
        List<Admission> coached = admissions.stream().filter(Admission::hasCoach).toList();
        jdbc.sql("""
                        insert into coach_assignment (id, client_id, area_id, coach_staff_id, from_on, assigned_by)
                        select * from unnest(?::uuid[], ?::uuid[], ?::smallint[], ?::uuid[], ?::date[], ?::uuid[])""")
                .params(BatchColumns.of(coached, admission -> UUID.randomUUID()),
                        BatchColumns.of(coached, admission -> admission.client().id()),
                        BatchColumns.of(coached, admission -> admission.client().areaId()),
                        BatchColumns.of(coached, admission -> admission.client().coachStaffId()),
                        BatchColumns.of(coached, admission -> admission.moved().referredOn()),
                        BatchColumns.of(coached, admission -> admission.moved().recordedBy()))
                .update();
    }

    /** The coach a client moved to another team gets there, from that day, with the sending leader's note. */
    void moved(Client client, UUID coach, LocalDate from, UUID by, String note) {
        open(client.id(), client.areaId(), coach, from, by, note);
    }

    private void open(UUID clientId, short areaId, UUID coach, LocalDate from, UUID by, String note) {
        jdbc.sql("""
                        update coach_assignment set to_on = greatest(?, from_on)
                        where client_id = ? and to_on is null""")
                .params(from, clientId).update();
        jdbc.sql("""
                        insert into coach_assignment (id, client_id, area_id, coach_staff_id, from_on, assigned_by, note)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), clientId, areaId, coach, from, by, note).update();
    }
}
