package fi.placera.clients;

import fi.placera.identity.PlaceraUser;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
     * Which of these identity codes a client of the area already has (a code identifies one client in an area), in
     * one read. Like the registration's check, this is a look at each such client by the importing user: decided and
     * written in the client's access log, and a security event; the caller's refusal must not say more than the
     * registration's.
     */
    Set<String> identityCodesTaken(PlaceraUser importer, short areaId, Collection<String> identityCodes);

    /**
     * Registers the clients, each with the referral and, when the service has ended, that end; a client whose service
     * goes on takes a place in the coach's caseload. One statement per table for all of them (the import's 10,000
     * rows in seconds, decision 0088). All of it or nothing, in the caller's transaction; a refusal is a
     * {@link fi.placera.platform.BatchRejection} naming the client. Returns the clients' ids in the same order.
     */
    List<UUID> admitAll(List<MovedClient> clients);

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
