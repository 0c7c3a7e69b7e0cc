package fi.placera.clients;

import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may learn about clients. Every call is an access decision for the signed-in user,
 * logged like any other read; a client the user may not see is simply absent.
 */
public interface ClientDirectory {

    Optional<ClientSummary> find(PlaceraUser user, UUID id, String purpose);

    /** The client, if the user may see this kind of their information (a care team needs the client's consent). */
    Optional<ClientSummary> find(PlaceraUser user, UUID id, InformationKind kind, String purpose);

    /**
     * The client themselves, for their own pages (portal). Not an access decision: the caller has established that
     * the signed-in account is this client's own ({@link fi.placera.identity.ClientAccounts#clientOf}).
     */
    Optional<ClientSummary> self(UUID clientId);

    /** The language the client is served in (fi, sv, en …), for their own pages and letters. */
    Optional<String> preferredLanguage(UUID clientId);

    /** The clients of the user's IPS teams that the user may see. */
    List<ClientSummary> caseloadOf(PlaceraUser user);

    /**
     * Those of these clients the user may see, decided and logged together: for a page that names the clients
     * behind its rows, so that only the clients shown are read (not the whole caseload).
     */
    List<ClientSummary> findAll(PlaceraUser user, Collection<UUID> ids, String purpose);
}
