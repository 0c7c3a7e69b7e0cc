package fi.placera.clients.web;

import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import java.util.UUID;

/**
 * What every REST controller of the client journey shares with the pages: the client is found through the
 * access decision for the kind of information the endpoint serves (404 when not allowed; the read is logged),
 * like the pages.
 */
abstract class ClientApi {

    private final ClientRegistry registry;

    ClientApi(ClientRegistry registry) {
        this.registry = registry;
    }

    /** The client, if the user may see this kind of their information; otherwise 404, as if there were none. */
    Client client(PlaceraUser user, UUID id, InformationKind kind, String purpose) {
        return registry.client(user, id, kind, "API: " + purpose)
                .orElseThrow(NotFound::new);
    }

    ClientRegistry registry() {
        return registry;
    }
}
