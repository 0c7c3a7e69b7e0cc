package fi.placera.clients.internal;

import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.present;

import fi.placera.identity.AccessDecisions;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a client to another IPS team of the same area (decision 0075). The sending team's leader proposes; the
 * receiving team's leader accepts with one of their coaches, whose place is taken by the conditional update that holds
 * the caseload limit ({@link Caseloads}), or refuses. The client changes team and coach in the acceptance's one
 * transaction, so a client in service never has neither a coach nor a place on a waiting list.
 */
@Service
public class TeamTransfers {

    private static final int NOTE = 2000;
    /** The purpose of the disclosure to the receiving team (who the client is, and the sending leader's note). */
    static final String PURPOSE = "team transfer";
    private static final Logger SECURITY = LoggerFactory.getLogger("placera.security");

    /** A proposal waiting for the receiving team's leader, with what the sending leader chose to tell. */
    public record Proposal(UUID id, UUID clientId, String clientName, UUID fromTeamId, String fromTeam, UUID toTeamId,
            String note, LocalDate proposedOn) {
    }

    private final JdbcClient jdbc;
    private final Caseloads caseloads;
    private final CoachAssignments coaches;
    private final WaitingList waiting;
    private final ClientRepository clients;
    private final Organisation organisation;
    private final AccessDecisions access;
    private final Clock clock;

    TeamTransfers(JdbcClient jdbc, Caseloads caseloads, CoachAssignments coaches, WaitingList waiting,
            ClientRepository clients, Organisation organisation, AccessDecisions access, Clock clock) {
        this.clients = clients;
        this.jdbc = jdbc;
        this.caseloads = caseloads;
        this.coaches = coaches;
        this.waiting = waiting;
        this.organisation = organisation;
        this.access = access;
        this.clock = clock;
    }

    /** The other IPS teams of the client's area, where the client may be moved. */
    public List<IpsTeamSummary> teamsToMoveTo(Client client) {
        return organisation.ipsTeamsIn(client.areaId()).stream()
                .filter(team -> !team.id().equals(client.ipsTeamId())).toList();
    }

    /** The open proposal of the client's move, if there is one. */
    public Optional<UUID> openProposalTo(UUID clientId) {
        return jdbc.sql("select to_team_id from team_transfer where client_id = ? and outcome is null")
                .param(clientId).query(UUID.class).optional();
    }

    /**
     * The sending team's leader proposes the move. The receiving team learns who the client is and the note: that is
     * logged as a disclosure to that team, which the client sees.
     */
    @Transactional
    public void propose(PlaceraUser leader, Client client, UUID toTeamId, String note) {
        if (!coaches.leads(leader, client)) {
            throw refused(leader, "team_transfer_refused");
        }
        present(toTeamId, "toTeamId");
        if (!clients.inService(client.id())) {
            throw new Rejection(null, "client.coach.not-in-service");
        }
        String told = optional(note, NOTE, "transferNote");
        IpsTeamSummary to = teamsToMoveTo(client).stream().filter(team -> team.id().equals(toTeamId)).findFirst()
                .orElseThrow(() -> new Rejection("toTeamId", "transfer.team.unknown"));
        int proposed = jdbc.sql("""
                        insert into team_transfer (id, client_id, area_id, from_team_id, to_team_id, note, proposed_by,
                                                   proposed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (client_id) where outcome is null do nothing""")
                .params(UUID.randomUUID(), client.id(), client.areaId(), client.ipsTeamId(), to.id(), told,
                        leader.accountId(), java.sql.Timestamp.from(clock.instant()))
                .update();
        if (proposed == 0) {
            throw new Rejection(null, "transfer.open");
        }
        access.disclosed(leader, client.id(), client.areaId(), InformationKind.IDENTITY, PURPOSE, to.name(),
                "IPS team of the same welfare area");
    }

    /** The proposals to the teams the user leads. */
    public List<Proposal> proposalsTo(PlaceraUser user) {
        List<UUID> led = ledTeams(user);
        if (led.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.id, t.client_id, c.first_name || ' ' || c.last_name, t.from_team_id, t.to_team_id, t.note,
                               t.proposed_at
                        from team_transfer t join client c on c.id = t.client_id
                        where t.outcome is null and t.area_id = :area and t.to_team_id in (:teams)
                        order by t.proposed_at, t.id""")
                .param("area", user.areaId()).param("teams", led)
                .query((rs, row) -> new Proposal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getObject(4, UUID.class),
                        organisation.ipsTeamName(rs.getObject(4, UUID.class)).orElse(""), rs.getObject(5, UUID.class),
                        rs.getString(6), LocalDate.ofInstant(rs.getTimestamp(7).toInstant(), clock.getZone())))
                .list();
    }

    /**
     * The receiving team's leader accepts with one of their coaches: the coach's place is taken (a full coach is
     * refused and nothing changes), the giving coach's place is given back, the client moves to the team and the
     * coach history gains a row, in one transaction.
     */
    @Transactional
    public void accept(PlaceraUser leader, UUID transferId, UUID coach) {
        Proposal proposal = proposalFor(leader, transferId);
        present(coach, "coachStaffId");
        if (!caseloads.coachOf(coach, proposal.toTeamId())) {
            throw new Rejection("coachStaffId", "client.coach.not-of-team");
        }
        if (decide(leader, transferId, "ACCEPTED") == 0) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        jdbc.sql("select id from client where id = ? for update").param(proposal.clientId()).query(UUID.class).single();
        Client client = clients.findById(proposal.clientId()).orElseThrow();
        if (!client.ipsTeamId().equals(proposal.fromTeamId())) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        caseloads.assign(coach, proposal.toTeamId(), client.areaId());
        jdbc.sql("update client set ips_team_id = ?, coach_staff_id = ?, version = version + 1 where id = ?")
                .params(proposal.toTeamId(), coach, client.id()).update();
        LocalDate today = LocalDate.now(clock);
        if (client.coachStaffId() == null) {
            waiting.end(client.id(), today);
        } else {
            caseloads.release(client.coachStaffId());
        }
        coaches.moved(client, coach, today, leader.accountId(), proposal.note());
    }

    /** The receiving team's leader refuses; the client stays where they are. */
    @Transactional
    public void refuse(PlaceraUser leader, UUID transferId) {
        proposalFor(leader, transferId);
        if (decide(leader, transferId, "REFUSED") == 0) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
    }

    /** The open proposal to a team the user leads; any other is missing (another team's, another area's, decided). */
    private Proposal proposalFor(PlaceraUser leader, UUID transferId) {
        return proposalsTo(leader).stream().filter(proposal -> proposal.id().equals(transferId)).findFirst()
                .orElseThrow(() -> refused(leader, "team_transfer_decision_refused"));
    }

    private int decide(PlaceraUser leader, UUID transferId, String outcome) {
        return jdbc.sql("""
                        update team_transfer set outcome = ?, decided_by = ?, decided_at = ?
                        where id = ? and outcome is null""")
                .params(outcome, leader.accountId(), java.sql.Timestamp.from(clock.instant()), transferId).update();
    }

    private List<UUID> ledTeams(PlaceraUser user) {
        if (user.areaId() == null || !user.has(Role.TEAM_LEADER)) {
            return List.of();
        }
        return List.copyOf(organisation.membershipsOf(user.staffMemberId()).ipsTeams());
    }

    private static Rejection refused(PlaceraUser user, String event) {
        SECURITY.atWarn().addKeyValue("event", event).addKeyValue("account", user.accountId())
                .log("security event " + event);
        return new Rejection(null, "transfer.leader-only");
    }
}
