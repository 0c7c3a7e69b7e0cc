package fi.placera.portal.web;

import fi.placera.audit.AccessAction;
import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.ClientAccounts;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Rejection;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
import fi.placera.platform.web.Languages;
import fi.placera.portal.RightsRequestKind;
import fi.placera.portal.internal.RightsRequests;
import java.util.HashMap;
import java.util.Locale;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The coach invites the client to their own pages from the client page: a one-time link, shown once, for the coach to
 * give to the client (by hand, in a text message or a letter). Only someone who may see the client's record may.
 */
@Controller
class ClientInviteController {

    private final ClientDirectory clients;
    private final ClientAccounts accounts;
    private final RightsRequests requests;

    ClientInviteController(ClientDirectory clients, ClientAccounts accounts, RightsRequests requests) {
        this.clients = clients;
        this.accounts = accounts;
        this.requests = requests;
    }

    /** A rights request staff record on the client's behalf (asked in a meeting, by letter), as posted. */
    record OnBehalfInput(String kind, String details) {
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/clients/{id}/rights-requests")
    String requestOnBehalf(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, OnBehalfInput input,
            Model model) {
        ClientSummary client = clients.find(user, id, InformationKind.SERVICE_RECORD, "rights request on the client's behalf")
                .orElseThrow(MeController::notFound);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "request");
        var kind = FormValues.choice(RightsRequestKind.class, input.kind(), "kind", errors);
        if (!Forms.saved(errors, () -> requests.make(client.id(), client.areaId(), kind.get(), input.details(), user))) {
            model.addAttribute("client", client);
            model.addAttribute("errors", errors);
            model.addAttribute("input", input);
            model.addAttribute("kinds", RightsRequestKind.values());
            return "portal/on-behalf";
        }
        model.addAttribute("client", client);
        model.addAttribute("sent", true);
        return "portal/on-behalf";
    }

    @AccessIntent(AccessAction.INVITE)
    @PostMapping("/clients/{id}/portal-invite")
    String invite(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        ClientSummary client = clients.find(user, id, InformationKind.IDENTITY, "client account invitation")
                .orElseThrow(MeController::notFound);
        model.addAttribute("client", client);
        Locale language = clientsLanguage(client);
        try {
            ClientAccounts.Invitation invitation = accounts.invite(client.id(), client.areaId(), client.firstName(),
                    language, user);
            model.addAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .pathSegment("invite", invitation.token()).toUriString());
            model.addAttribute("expiresAt", invitation.expiresAt());
            model.addAttribute("language", language.getLanguage());
        } catch (Rejection refused) {
            model.addAttribute("error", refused.messageKey());
        }
        return "portal/invited";
    }

    /** The language the client's pages speak: the recorded one when Placera speaks it, Finnish otherwise. */
    private Locale clientsLanguage(ClientSummary client) {
        return clients.preferredLanguage(client.id()).flatMap(Languages::byTag).orElse(Languages.FINNISH);
    }
}
