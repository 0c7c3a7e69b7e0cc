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
import fi.placera.platform.web.Formats;
import fi.placera.platform.web.Forms;
import fi.placera.platform.web.Languages;
import fi.placera.portal.RightsRequestKind;
import fi.placera.portal.internal.RightsRequests;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
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
    private final MessageSource messages;
    private final Formats formats;

    ClientInviteController(ClientDirectory clients, ClientAccounts accounts, RightsRequests requests,
            MessageSource messages, Formats formats) {
        this.clients = clients;
        this.accounts = accounts;
        this.requests = requests;
        this.messages = messages;
        this.formats = formats;
    }

    /** The printable invitation letter, in the client's language whatever the coach's (issue 28 §8). */
    record Letter(String language, String title, String greeting, List<String> paragraphs) {
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
            String link = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .pathSegment("invite", invitation.token()).toUriString();
            model.addAttribute("link", link);
            model.addAttribute("expiresAt", invitation.expiresAt());
            model.addAttribute("language", language.getLanguage());
            model.addAttribute("letter", letter(client, language, invitation));
        } catch (Rejection refused) {
            model.addAttribute("error", refused.messageKey());
        }
        return "portal/invited";
    }

    private Letter letter(ClientSummary client, Locale language, ClientAccounts.Invitation invitation) {
        String until = formats.dateTime(invitation.expiresAt(), language);
        return new Letter(language.getLanguage(), text("portal.letter.title", language),
                messages.getMessage("portal.letter.greeting", new Object[] {client.firstName()}, language),
                List.of(text("portal.letter.what", language),
                        messages.getMessage("portal.letter.how", new Object[] {until}, language),
                        text("portal.letter.sign-in", language), text("portal.letter.help", language)));
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }

    /** The language the client's pages speak: the recorded one when Placera speaks it, Finnish otherwise. */
    private Locale clientsLanguage(ClientSummary client) {
        return clients.preferredLanguage(client.id()).flatMap(Languages::byTag).orElse(Languages.FINNISH);
    }
}
