package fi.placera.clients.web;

import fi.placera.clients.internal.ClientRegistry;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.Organisation;
import fi.placera.platform.NotFound;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The client record as a timeline on one screen, laid out for printing; each view is a logged read. */
@Controller
class RecordController extends ClientFormController {

    private final ClientTimeline timeline;
    private final Organisation organisation;

    RecordController(ClientRegistry registry, ClientPage page, ClientTimeline timeline, Organisation organisation) {
        super(registry, page);
        this.timeline = timeline;
        this.organisation = organisation;
    }

    @GetMapping("/clients/{id}/record")
    String record(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        Set<InformationKind> needs = EnumSet.of(InformationKind.IDENTITY);
        needs.addAll(ClientTimeline.KINDS);
        var readable = registry().clientPage(user, id, needs, Set.of(), "client record timeline")
                .orElseThrow(NotFound::new);
        var client = readable.client();
        model.addAttribute("writes", readable.writes());
        model.addAttribute("client", client);
        model.addAttribute("team", organisation.ipsTeamName(client.ipsTeamId()).orElse(""));
        model.addAttribute("entries", timeline.of(client));
        return "clients/record";
    }
}
