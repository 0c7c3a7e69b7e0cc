package fi.placera.clients.web;

import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientDetailCorrections;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.PlaceraUser;
import java.util.HashMap;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The team corrects a client's name, identity code or language recorded wrong (decision 0076). */
@Controller
class ClientDetailsController extends ClientFormController {

    private final ClientDetailCorrections corrections;

    ClientDetailsController(ClientRegistry registry, ClientPage page, ClientDetailCorrections corrections) {
        super(registry, page);
        this.corrections = corrections;
    }

    /** The correction as posted; an empty identity code keeps the one recorded. */
    record DetailsInput(Integer version, String correctedFirstName, String correctedLastName,
            String correctedIdentityCode, String correctedLanguage, String detailsReason) {
    }

    @PostMapping("/clients/{id}/details/correct")
    String correct(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, DetailsInput input, Model model) {
        Client client = client(user, id, "client details correction");
        return saved(client, Part.REFERRAL, model, new MapBindingResult(new HashMap<>(), "details"), "details", input,
                () -> corrections.correct(user, client, input.version() == null ? -1 : input.version(),
                        new ClientDetailCorrections.Details(input.correctedFirstName(), input.correctedLastName(),
                                input.correctedIdentityCode(), input.correctedLanguage()),
                        input.detailsReason()));
    }
}
