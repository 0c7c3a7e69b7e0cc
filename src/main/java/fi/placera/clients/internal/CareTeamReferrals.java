package fi.placera.clients.internal;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.CareTeamSummary;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A care team refers a patient to IPS electronically (issue 27 §1, decision 0083): the person is registered in the IPS
 * team the care team works with, without a coach, on that team's waiting list, where its team leader assigns the coach
 * (decision 0069); the referral names the care team, the contact there and the client's wish to work in their own
 * words. The care-team member sees nothing of the client afterwards but what the client consents to share.
 */
@Service
public class CareTeamReferrals {

    /** A care team the member refers from, and the IPS teams it works with. */
    public record From(CareTeamSummary careTeam, List<IpsTeamSummary> ipsTeams) {
    }

    /** A referral as the form gives it, its text already checked. */
    public record Referral(UUID id, UUID careTeamId, UUID ipsTeamId, String firstName, String lastName,
            String identityCode, String preferredLanguage, String wishToWork, String contact) {
    }

    private final ClientRepository clients;
    private final ClientRegistry registry;
    private final WaitingList waiting;
    private final Referrals referrals;
    private final Organisation organisation;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CareTeamReferrals(ClientRepository clients, ClientRegistry registry, WaitingList waiting, Referrals referrals,
            Organisation organisation, Clock clock, PlatformTransactionManager transactions) {
        this.clients = clients;
        this.registry = registry;
        this.waiting = waiting;
        this.referrals = referrals;
        this.organisation = organisation;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** The member's care teams, each with the IPS teams it works with; none for someone not in a care team. */
    public List<From> from(PlaceraUser user) {
        Set<UUID> own = organisation.membershipsOf(user.staffMemberId()).careTeams();
        if (!user.has(Role.CARE_TEAM_MEMBER) || user.areaId() == null || own.isEmpty()) {
            return List.of();
        }
        return organisation.careTeamsOf(user.areaId()).stream().filter(careTeam -> own.contains(careTeam.id()))
                .map(careTeam -> new From(careTeam, organisation.ipsTeamsWorkingWith(careTeam.id()))).toList();
    }

    /**
     * Registers the person on the IPS team's waiting list with the care team's referral, all of it or none. A second
     * submission of the same form changes nothing; an identity code already of the area is refused as registration
     * refuses it to someone outside the client's team: without a word of whose it is, the look logged (0034).
     */
    public void refer(PlaceraUser user, Referral referral) {
        From from = from(user).stream().filter(own -> own.careTeam().id().equals(referral.careTeamId())).findFirst()
                .orElseThrow(() -> new Rejection("careTeamId", "care-team.referral.care-team.not-yours"));
        if (from.ipsTeams().stream().noneMatch(team -> team.id().equals(referral.ipsTeamId()))) {
            throw new Rejection("ipsTeamId", "care-team.referral.ips-team.not-linked");
        }
        if (clients.existsById(referral.id())) {
            return;
        }
        Client client = new Client(referral.id(), user.areaId(), referral.firstName(), referral.lastName(),
                referral.identityCode(), referral.preferredLanguage(), referral.ipsTeamId(), null, null);
        if (client.identityCode() != null && registry.identityCodeTaken(user, client.areaId(), client.identityCode())) {
            throw new Rejection("identityCode", "client.identity-code.taken");
        }
        try {
            transactions.executeWithoutResult(status -> {
                LocalDate today = LocalDate.now(clock);
                Client saved = clients.save(client);
                waiting.start(saved, today);
                referrals.refer(saved, Referrals.Source.CARE_TEAM, referral.careTeamId(), referral.contact(), today,
                        referral.wishToWork(), user.accountId());
            });
        } catch (RuntimeException e) {
            if (!AggregateWrites.causedBy(e, DuplicateKeyException.class)) {
                throw e;
            }
            // the same form sent twice at once is one referral; else the identity code was registered a moment ago
            if (!clients.existsById(referral.id())) {
                throw new Rejection("identityCode", "client.identity-code.taken");
            }
        }
    }
}
