package fi.placera.clients.internal;

import fi.placera.clients.ClientSummary;
import fi.placera.identity.ClientScope;
import fi.placera.platform.persistence.Versioned;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A job seeker served by an IPS team of a welfare area. */
@Table("client")
public record Client(@Id UUID id, short areaId, String firstName, String lastName, String identityCode,
        String preferredLanguage, UUID ipsTeamId, UUID coachStaffId, @Version Integer version)
        implements Versioned<Client> {

    /** Where the client is served, for the access decision. */
    public ClientScope scope() {
        return new ClientScope(id, areaId, coachStaffId, ipsTeamId);
    }

    public ClientSummary summary() {
        return new ClientSummary(id, areaId, firstName, lastName, ipsTeamId, coachStaffId);
    }

    /** The same client without a coach: a registration that found no coach of the team with room (decision 0069). */
    Client waiting() {
        return new Client(id, areaId, firstName, lastName, identityCode, preferredLanguage, ipsTeamId, null, version);
    }

    @Override
    public Client withVersion(Integer newVersion) {
        return new Client(id, areaId, firstName, lastName, identityCode, preferredLanguage, ipsTeamId, coachStaffId,
                newVersion);
    }

    @Override
    public String toString() {
        return "Client[" + id + "]";
    }
}
