package fi.placera.clients.web;

import fi.placera.audit.AccessAction;
import fi.placera.clients.ClientContacts.ContactDetails;
import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.clients.internal.JdbcClientContacts;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.PlaceraUser;
import java.util.HashMap;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The team records a client's contact details and the client's permission per channel (decision 0078). */
@Controller
class ContactDetailsController extends ClientFormController {

    private final JdbcClientContacts contacts;

    ContactDetailsController(ClientRegistry registry, ClientPage page, JdbcClientContacts contacts) {
        super(registry, page);
        this.contacts = contacts;
    }

    /** The form as posted; a box ticked comes as "true", one not ticked not at all. */
    record ContactInput(String phone, String email, String postalAddress, String phoneAllowed, String emailAllowed,
            String postAllowed, String reason) {
    }

    @AccessIntent(AccessAction.UPDATE)
    @PostMapping("/clients/{id}/contact")
    String record(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, ContactInput input, Model model) {
        Client client = client(user, id, "contact details");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "contact");
        ContactDetails typed = new ContactDetails(input.phone(), input.email(), input.postalAddress(),
                "true".equals(input.phoneAllowed()), "true".equals(input.emailAllowed()),
                "true".equals(input.postAllowed()));
        return saved(client, Part.REFERRAL, model, errors, "contact", input,
                () -> contacts.record(user, client, typed, input.reason()));
    }
}
