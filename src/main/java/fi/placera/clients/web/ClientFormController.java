package fi.placera.clients.web;

import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The forms on a client's page: each finds the client through the access decision (404 when not
 * allowed), checks what was typed, saves, and on a refusal shows the page again with the message next
 * to the field and the input kept.
 */
abstract class ClientFormController {

    private final ClientRegistry registry;
    private final ClientPage page;

    ClientFormController(ClientRegistry registry, ClientPage page) {
        this.registry = registry;
        this.page = page;
    }

    String saved(Client client, Part part, Model model, BindingResult errors, String form, Object input, Runnable save) {
        return page.savedOrAgain(client.id(), part, model, errors, form, input, save);
    }

    /** As {@link #saved(Client, Part, Model, BindingResult, String, Object, Runnable)}, going on to {@code then}. */
    String saved(Client client, Part part, Model model, BindingResult errors, String form, Object input, String then,
            Runnable save) {
        return page.savedOrAgain(client.id(), part, model, errors, form, input, then, save);
    }

    ClientRegistry registry() {
        return registry;
    }

    Client client(PlaceraUser user, UUID id, String purpose) {
        return registry.client(user, id, purpose).orElseThrow(NotFound::new);
    }
}
