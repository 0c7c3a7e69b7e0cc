package fi.placera.clients;

import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
     * The client for a page that shows several kinds of their information: found when the user may read every kind
     * the page {@code needs}; its one access-log row (LG1: one view, one row) names those and the kinds of
     * {@code whenReadable} the user may read, which the page then shows. The client's name is who the client is, so a
     * page that names the client needs {@link InformationKind#IDENTITY}.
     */
    Optional<ShownClient> page(PlaceraUser user, UUID id, Set<InformationKind> needs,
            Set<InformationKind> whenReadable, String purpose);

    /**
     * The client themselves, for their own pages (portal). Not an access decision: the caller has established that
     * the signed-in account is this client's own ({@link fi.placera.identity.ClientAccounts#clientOf}).
     */
    Optional<ClientSummary> self(UUID clientId);

    /** The language the client is served in (fi, sv, en …), for their own pages and letters. */
    Optional<String> preferredLanguage(UUID clientId);

    /**
     * Whether the client is still served: the service has not ended (or the client came back) and the referral was
     * not closed without enrolment. Not an access decision: it reveals nothing but this one fact.
     */
    boolean inService(UUID clientId);

    /**
     * The clients of the user's IPS teams whose service goes on and whom the user may see: the choice on a form
     * (an employer contact, a meeting item). Each is a logged read, so ended services are not listed.
     */
    List<ClientSummary> caseloadOf(PlaceraUser user);

    /**
     * The names of those of these clients (nulls ignored) who belong to the user's IPS teams and whom the user may
     * see, decided and logged together: for a page that names the clients behind its rows, so that only the clients
     * shown are read, not the whole caseload. Clients of other teams are left out without a decision, so their
     * access log shows no refusal for a page that never asked to read them (an employer's contacts by other teams).
     */
    Map<UUID, String> namesOf(PlaceraUser user, Collection<UUID> ids, String purpose);
}
