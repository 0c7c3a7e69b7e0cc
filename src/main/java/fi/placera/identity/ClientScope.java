package fi.placera.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * What the access decision needs to know about a client: where the client is served. Supplied by
 * the clients module; the coach is a staff member id, the team an IPS team id.
 */
public record ClientScope(UUID clientId, short areaId, UUID coachStaffId, UUID ipsTeamId) {

    public ClientScope {
        Objects.requireNonNull(clientId, "clientId");
    }
}
