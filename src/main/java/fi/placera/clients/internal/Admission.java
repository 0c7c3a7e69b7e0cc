package fi.placera.clients.internal;

import fi.placera.clients.ClientIntake.MovedClient;
import java.util.UUID;

/** A client moving in from a team's earlier records (the tracker import), as registered: the new client and its row. */
record Admission(Client client, MovedClient moved) {

    static Admission of(MovedClient moved) {
        return new Admission(new Client(UUID.randomUUID(), moved.areaId(), moved.firstName(), moved.lastName(),
                moved.identityCode(), moved.preferredLanguage(), moved.ipsTeamId(), moved.coachStaffId(), null), moved);
    }

    boolean ended() {
        return moved.endedOn() != null;
    }

    /** Where the referral came from. */
    Referrals.Source source() {
        if (moved.careTeamId() != null) {
            return Referrals.Source.CARE_TEAM;
        }
        return moved.selfReferred() ? Referrals.Source.SELF : Referrals.Source.OTHER;
    }

    boolean hasCoach() {
        return client.coachStaffId() != null;
    }
}
