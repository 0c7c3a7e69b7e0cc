package fi.placera.clients.internal;

import fi.placera.clients.ClientSummary;
import fi.placera.clients.Revisers;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamRole;
import fi.placera.platform.Rejection;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The recorder or a leader of the client's team, as the organisation's memberships say today. */
@Service
class TeamRevisers implements Revisers {

    private static final Logger SECURITY = LoggerFactory.getLogger("placera.security");

    private final Organisation organisation;

    TeamRevisers(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    public void checkMayRevise(PlaceraUser user, ClientSummary client, UUID recordedBy) {
        if (user.accountId().equals(recordedBy) || leadsTeamOf(user, client)) {
            return;
        }
        refuse(user, "revision.not-allowed");
    }

    /**
     * The client's details (name, identity code, language) are the team's to correct: the client's own coach or a
     * leader of the client's team (decision 0076); another coach of the team is refused as for a record.
     */
    void checkMayCorrectDetails(PlaceraUser user, ClientSummary client) {
        boolean ownCoach = user.staffMemberId() != null && user.staffMemberId().equals(client.coachStaffId());
        if (ownCoach || leadsTeamOf(user, client)) {
            return;
        }
        refuse(user, "client.details.not-allowed");
    }

    private static void refuse(PlaceraUser user, String messageKey) {
        SECURITY.atWarn().addKeyValue("event", "revision_refused").addKeyValue("account", user.accountId())
                .log("security event revision_refused");
        throw new Rejection(null, messageKey);
    }

    private boolean leadsTeamOf(PlaceraUser user, ClientSummary client) {
        return user.has(Role.TEAM_LEADER) && user.staffMemberId() != null && client.ipsTeamId() != null
                && organisation.membersOf(client.ipsTeamId(), TeamRole.TEAM_LEADER).stream()
                        .anyMatch(leader -> leader.staffMemberId().equals(user.staffMemberId()));
    }
}
