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
     * Saves a form posted from a part of the client's record: when saved, a redirect to that part's page, which says
     * so; when {@code errors} or a refusal of {@code save} says no, the part again with an error summary at the top,
     * the message next to the field and {@code input} kept (decision 0060).
     */
    String savedOrAgain(UUID clientId, Part part, Model model, BindingResult errors, String form, Object input,
            Runnable save);

    /**
     * Refuses (a {@link fi.placera.platform.Rejection} for the whole form, a security event) a user who neither recorded
     * the client's record ({@code recordedBy}, an account) nor leads the client's IPS team: who may correct or void it
     * (decision 0070). The caller has found the client with {@link #get} first.
     */
    void checkMayRevise(PlaceraUser user, UUID clientId, UUID recordedBy);

    /** The parts of the client's record that have their forms here, each at {@code /clients/{id}/<path>}. */
    enum Part {
        REFERRAL("referral"), CONSENTS("consents"), PLAN("plan"), PROFILE("profile"), COUNSELLING("counselling");

        private final String path;

        Part(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }

        public String url(UUID clientId) {
            return "/clients/" + clientId + "/" + path;
        }
    }
}
