package fi.placera.clients;

import fi.placera.identity.PlaceraUser;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Clients who move in with their history from a team's earlier records (the tracker import). Not an access
 * decision: the caller has checked that the user leads the team, and nothing here reads a client's data but the
 * identity-code check, which is logged as a look at the client who has the code.
 * Refusals are {@link fi.placera.platform.Rejection}s.
 */
public interface ClientIntake {

    /** Places left in the coach's caseload in the team: the coach's limit less their active clients. */
    int placesLeft(UUID coachStaffId, UUID ipsTeamId);

    /**
     * Whether a client of the area already has this identity code (the code identifies one client in an area). Like
     * the registration's check, this is a look at that client by the importing user: decided and written in the
     * client's access log, and a security event; the caller's refusal must not say more than the registration's.
     */
    boolean identityCodeTaken(PlaceraUser importer, short areaId, String identityCode);

    /**
     * Registers the client with the referral and, when the service has ended, that end; a client whose service
     * goes on takes a place in the coach's caseload. All of it or nothing, in the caller's transaction.
     */
    UUID admit(MovedClient client);

    /**
     * A client as the earlier records knew them. Referred by a care team when {@code careTeamId} is set, by
     * themselves when {@code selfReferred}, otherwise by someone else; {@code endedOn} with the recorded reason
     * as {@code endNote} when the service has ended.
     */
    record MovedClient(short areaId, UUID ipsTeamId, UUID coachStaffId, String firstName, String lastName,
            String identityCode, String preferredLanguage, LocalDate referredOn, UUID careTeamId, boolean selfReferred,
            LocalDate endedOn, String endNote, UUID recordedBy) {
    }
}
