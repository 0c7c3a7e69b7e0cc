package fi.placera.clients.internal;

import static fi.placera.platform.Checks.present;
import static fi.placera.platform.Checks.required;

import fi.placera.consent.Consents;
import fi.placera.identity.AccessDecisions;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a client over to another welfare area, another controller of personal data (issue 24 §4, decision 0082). A
 * leader of the client's team hands over, with the client's consent in force to disclose to that area who they are
 * and their service record. The receiving area gets a new client with the summary only (names, identity code,
 * language, the referral and enrolment days), who waits on the list of the receiving team the handover names; the
 * sending episode ends as the client's choice, moved. All in one transaction.
 */
@Service
public class AreaHandovers {

    private static final int NOTE = 2000;
    /** The purpose of the disclosure to the receiving area; the client's log page names it. */
    static final String PURPOSE = "area handover";
    /** What the handover tells the receiving area: who the client is, and the two days of their service record. */
    private static final List<InformationKind> DISCLOSED = List.of(InformationKind.IDENTITY,
            InformationKind.SERVICE_RECORD);
    private static final String IDENTITY_CODE_TAKEN = "handover.identity-code.taken";
    private static final Logger SECURITY = LoggerFactory.getLogger("placera.security");

    /** The summary's days as the receiving area's record shows them, with the area the client came from. */
    public record Arrival(short fromAreaId, LocalDate arrivedOn, LocalDate referredOn, LocalDate enrolledOn) {
    }

    private final JdbcClient jdbc;
    private final ClientRepository clients;
    private final CoachAssignments coaches;
    private final WaitingList waiting;
    private final ServiceEnds ends;
    private final Consents consents;
    private final Organisation organisation;
    private final AccessDecisions access;
    private final Clock clock;

    AreaHandovers(JdbcClient jdbc, ClientRepository clients, CoachAssignments coaches, WaitingList waiting,
            ServiceEnds ends, Consents consents, Organisation organisation, AccessDecisions access, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.coaches = coaches;
        this.waiting = waiting;
        this.ends = ends;
        this.consents = consents;
        this.organisation = organisation;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The IPS teams of the other welfare areas the client has consented to be told who they are, where the client
     * may be handed over (the service record's consent is checked at the handover).
     */
    public List<IpsTeamSummary> teamsToHandOverTo(Client client) {
        return consents.areasSharedWith(client.id(), InformationKind.IDENTITY).stream()
                .filter(area -> area != client.areaId())
                .flatMap(area -> organisation.ipsTeamsIn(area).stream()).toList();
    }

    /** How the client came to this area, if they were handed over from another. */
    public Optional<Arrival> arrivalOf(UUID clientId) {
        return jdbc.sql("select from_area_id, arrived_on, referred_on, enrolled_on from client_arrival where client_id = ?")
                .param(clientId)
                .query((rs, row) -> new Arrival(rs.getShort(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .optional();
    }

    /**
     * Hands the client over to the receiving team of another area and returns the receiving area's new client.
     * Refused without the client's consent in force to both kinds disclosed, for a client whose service ended, and when
     * the receiving area has a client with the identity code (it is unique per area); nothing changes then.
     */
    @Transactional
    public UUID handOver(PlaceraUser leader, Client shown, UUID toTeamId, String note) {
        checkLeads(leader, shown);
        present(toTeamId, "handoverTeamId");
        String why = required(note, NOTE, "areaHandoverNote");
        short toArea = areaOfAnotherTeam(toTeamId, shown.areaId());
        Client client = lockedInService(shown);
        checkMayReceive(client, toArea);
        LocalDate today = LocalDate.now(clock);
        Client received = receive(client, toArea, toTeamId, today);
        jdbc.sql("""
                        insert into area_handover (id, client_id, area_id, to_area_id, to_team_id, handed_over_by,
                                                   handed_over_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), client.id(), client.areaId(), toArea, toTeamId, leader.accountId(),
                        Timestamp.from(clock.instant()))
                .update();
        ends.movedAway(client, today, why, leader.accountId());
        String recipient = organisation.area(toArea).map(WelfareArea::nameFi).orElseThrow();
        DISCLOSED.forEach(kind -> access.disclosed(leader, client.id(), client.areaId(), kind, PURPOSE, recipient,
                "the client's consent"));
        return received.id();
    }

    private void checkLeads(PlaceraUser leader, Client client) {
        if (!coaches.leads(leader, client)) {
            SECURITY.atWarn().addKeyValue("event", "area_handover_refused").addKeyValue("account", leader.accountId())
                    .log("security event area_handover_refused");
            throw new Rejection(null, "transfer.leader-only");
        }
    }

    /** The welfare area of an IPS team of another area than the client's; any other team is refused. */
    private short areaOfAnotherTeam(UUID teamId, short clientArea) {
        return jdbc.sql("select area_id from organisation_facts_team where ips_team_id = ? and area_id <> ?")
                .params(teamId, clientArea).query(Short.class).optional()
                .orElseThrow(() -> new Rejection("handoverTeamId", "handover.team.unknown"));
    }

    /**
     * The client as they are now, their row locked (a reassignment in between gives back the right coach's place, a
     * second handover waits and finds the service ended); refused when the service has ended or a move to another
     * team is proposed.
     */
    private Client lockedInService(Client shown) {
        jdbc.sql("select id from client where id = ? for update").param(shown.id()).query(UUID.class).single();
        if (!clients.inService(shown.id())) {
            throw new Rejection(null, "client.coach.not-in-service");
        }
        // a move to another team of the area waits for its leader: the two would take the client two ways
        if (jdbc.sql("select exists (select 1 from team_transfer where client_id = ? and outcome is null)")
                .param(shown.id()).query(Boolean.class).single()) {
            throw new Rejection(null, "transfer.open");
        }
        return clients.findById(shown.id()).orElseThrow();
    }

    /** The client's consents in force to what is disclosed, and no client of the receiving area with their code. */
    private void checkMayReceive(Client client, short toArea) {
        if (!DISCLOSED.stream().allMatch(kind -> consents.sharesWithArea(client.id(), toArea, kind))) {
            throw new Rejection(null, "handover.consent.required");
        }
        if (client.identityCode() != null
                && clients.findByAreaIdAndIdentityCode(toArea, client.identityCode()).isPresent()) {
            throw new Rejection(null, IDENTITY_CODE_TAKEN);
        }
    }

    /** The receiving area's new client: the summary, nothing else, waiting on the receiving team's list from today. */
    private Client receive(Client client, short toArea, UUID toTeam, LocalDate today) {
        Client received;
        try {
            received = clients.save(new Client(UUID.randomUUID(), toArea, client.firstName(), client.lastName(),
                    client.identityCode(), client.preferredLanguage(), toTeam, null, null));
        } catch (RuntimeException e) {
            // a registration of the same code in the receiving area meanwhile: refused as the check above refuses
            if (AggregateWrites.causedBy(e, DuplicateKeyException.class)) {
                throw new Rejection(null, IDENTITY_CODE_TAKEN);
            }
            throw e;
        }
        waiting.start(received, today);
        jdbc.sql("""
                        insert into client_arrival (client_id, area_id, from_area_id, arrived_on, referred_on, enrolled_on)
                        values (?, ?, ?, ?,
                                (select referred_on from referral where client_id = ? and referred_again_on is null),
                                (select enrolled_on from consent_facts_enrolment where client_id = ?))""")
                .params(received.id(), toArea, client.areaId(), today, client.id(), client.id()).update();
        return received;
    }
}
