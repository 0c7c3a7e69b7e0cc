package fi.placera.portal.web;

import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.identity.ClientAccounts;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Rejection;
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

    ClientInviteController(ClientDirectory clients, ClientAccounts accounts) {
        this.clients = clients;
        this.accounts = accounts;
    }

    @PostMapping("/clients/{id}/portal-invite")
    String invite(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        ClientSummary client = clients.find(user, id, InformationKind.IDENTITY, "client account invitation")
                .orElseThrow(MeController::notFound);
        model.addAttribute("client", client);
        try {
            ClientAccounts.Invitation invitation = accounts.invite(client.id(), client.areaId(), client.firstName(), user);
            model.addAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .pathSegment("invite", invitation.token()).toUriString());
            model.addAttribute("expiresAt", invitation.expiresAt());
        } catch (Rejection refused) {
            model.addAttribute("error", refused.messageKey());
        }
        return "portal/invited";
    }
}
