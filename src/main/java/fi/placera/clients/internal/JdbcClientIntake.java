package fi.placera.clients.internal;

import fi.placera.clients.ClientIntake;
import fi.placera.identity.PlaceraUser;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers clients moving in from a team's earlier records, with their referral, their coach since the referral
 * (the tracker knows no earlier one), caseload place and end; one whose tracker names no coach waits on the team's
 * list from the referral day (decision 0069).
 */
@Service
class JdbcClientIntake implements ClientIntake {

    private final ClientRepository clients;
    private final Caseloads caseloads;
    private final Referrals referrals;
    private final ServiceEnds serviceEnds;
    private final ClientRegistry registry;
    private final CoachAssignments coaches;
    private final WaitingList waiting;

    JdbcClientIntake(ClientRepository clients, Caseloads caseloads, Referrals referrals, ServiceEnds serviceEnds,
            ClientRegistry registry, CoachAssignments coaches, WaitingList waiting) {
        this.coaches = coaches;
        this.waiting = waiting;
        this.clients = clients;
        this.caseloads = caseloads;
        this.referrals = referrals;
        this.serviceEnds = serviceEnds;
        this.registry = registry;
    }

    @Override
    public int placesLeft(UUID coachStaffId, UUID ipsTeamId) {
        return caseloads.placesLeft(coachStaffId, ipsTeamId);
    }

    @Override
    public boolean identityCodeTaken(PlaceraUser importer, short areaId, String identityCode) {
        return registry.identityCodeTaken(importer, areaId, identityCode);
    }

    @Override
    @Transactional
    public UUID admit(MovedClient moved) {
        Client client = clients.save(new Client(UUID.randomUUID(), moved.areaId(), moved.firstName(), moved.lastName(),
                moved.identityCode(), moved.preferredLanguage(), moved.ipsTeamId(), moved.coachStaffId(), null));
        referrals.refer(client, source(moved), moved.careTeamId(), null, moved.referredOn(), null, moved.recordedBy());
        if (client.coachStaffId() != null) {
            coaches.first(client, moved.referredOn(), moved.recordedBy());
        } else if (moved.endedOn() == null) {
            waiting.start(client, moved.referredOn());
        }
        if (moved.endedOn() != null) {
            serviceEnds.recordFromTracker(client, moved.endedOn(), moved.endNote(), moved.recordedBy());
        } else if (client.coachStaffId() != null) {
            caseloads.assign(client.coachStaffId(), client.ipsTeamId(), client.areaId());
        }
        return client.id();
    }

    private static Referrals.Source source(MovedClient moved) {
        if (moved.careTeamId() != null) {
            return Referrals.Source.CARE_TEAM;
        }
        return moved.selfReferred() ? Referrals.Source.SELF : Referrals.Source.OTHER;
    }
}
