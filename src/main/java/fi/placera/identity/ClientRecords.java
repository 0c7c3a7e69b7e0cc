package fi.placera.identity;

import fi.placera.platform.NotFound;
import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The client's record for the modules whose pages and APIs work on it but that {@code clients} itself depends on
 * ({@code consent}, {@code planning}: the record page shows their sections and forms). Implemented by {@code clients};
 * declared here, beside {@link ClientScope}, so that those modules reach it without a cycle (decision 0050).
 */
public interface ClientRecords {

    /**
     * The client, if the user may see this kind of their information: decided and logged like every read of a client
     * (a client the user may not see is absent, exactly like one that does not exist).
     */
    Optional<ClientScope> find(PlaceraUser user, UUID clientId, InformationKind kind, String purpose);

    /** {@link #find}, or {@link NotFound} (a 404) when the user may not see it. */
    default ClientScope get(PlaceraUser user, UUID clientId, InformationKind kind, String purpose) {
        return find(user, clientId, kind, purpose).orElseThrow(NotFound::new);
    }

    /**
     * Saves a form posted from the client's record page: back to the page when saved, or, when {@code errors} or a
     * refusal of {@code save} says no, the page again with the message next to the field and {@code input} kept.
     */
    String savedOrAgain(UUID clientId, Model model, BindingResult errors, String form, Object input, Runnable save);
}
