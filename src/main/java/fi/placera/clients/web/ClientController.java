package fi.placera.clients.web;

import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.ClientRegistry;
import fi.placera.clients.internal.CoachAssignments;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The caseload, registering a client, a client's record and emergency access to it. */
@Controller
@RequestMapping("/clients")
class ClientController {

    private static final int MAX_REASON = 2000;
    /** Who the client is comes with every emergency grant; the others are chosen, these proposed. */
    private static final Set<InformationKind> EMERGENCY_KINDS_CHOOSABLE =
            EnumSet.complementOf(EnumSet.of(InformationKind.IDENTITY));
    private static final Set<InformationKind> EMERGENCY_KINDS_PROPOSED =
            EnumSet.of(InformationKind.SERVICE_RECORD, InformationKind.ACTION_PLAN);
    private final ClientRegistry registry;
    private final Organisation organisation;
    private final ClientPage page;
    private final CaseloadList caseloads;
    private final CoachAssignments coaches;

    ClientController(ClientRegistry registry, Organisation organisation, ClientPage page, CaseloadList caseloads,
            CoachAssignments coaches) {
        this.coaches = coaches;
        this.registry = registry;
        this.organisation = organisation;
        this.page = page;
        this.caseloads = caseloads;
    }

    /** The clients list: search, filters and sorting in a GET form, one page shown and read (decision 0058). */
    @GetMapping
    String caseload(@AuthenticationPrincipal PlaceraUser user, CaseloadList.Query query, Model model) {
        model.addAttribute("list", caseloads.of(user, query));
        return "clients/caseload";
    }

    @GetMapping("/new")
    String create(@AuthenticationPrincipal PlaceraUser user, Locale locale, Model model) {
        return form(user, model, ClientForm.empty(locale.getLanguage()));
    }

    @PostMapping
    String register(@AuthenticationPrincipal PlaceraUser user, @ModelAttribute("form") ClientForm form,
            BindingResult errors, Model model) {
        form.check(errors);
        if (!Forms.saved(errors, () -> registry.register(user, form.toClient(user)))) {
            return form(user, model, form);
        }
        return "redirect:/clients/" + form.getId();
    }

    /** The overview of the client's record; each part of it has its own page below (decision 0060). */
    @GetMapping("/{id}")
    String client(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        return page.overview(readable(user, id, ClientPage.OVERVIEW, "client record", model), model);
    }

    @GetMapping("/{id}/referral")
    String referral(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        return part(user, id, Part.REFERRAL, "client record referral", model);
    }

    @GetMapping("/{id}/consents")
    String consents(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        return part(user, id, Part.CONSENTS, "client record consents", model);
    }

    @GetMapping("/{id}/plan")
    String plan(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        return part(user, id, Part.PLAN, "client record plan", model);
    }

    @GetMapping("/{id}/profile")
    String profile(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        return part(user, id, Part.PROFILE, "client record profile", model);
    }

    @GetMapping("/{id}/counselling")
    String counselling(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        return part(user, id, Part.COUNSELLING, "client record counselling", model);
    }

    /** One part of the record: one logged read of who the client is and of the kinds that part shows. */
    private String part(PlaceraUser user, UUID id, Part part, String purpose, Model model) {
        return page.render(readable(user, id, ClientPage.kindsOf(part), purpose, model), part, model);
    }

    /** The client, read once and logged, with the kinds the user may read ({@code visible}) and whether they write. */
    private Client readable(PlaceraUser user, UUID id, Set<InformationKind> shown, String purpose, Model model) {
        ClientRegistry.Readable readable = registry.clientPage(user, id, EnumSet.of(InformationKind.IDENTITY), shown,
                purpose).orElseThrow(ClientController::notFound);
        model.addAttribute("visible", readable.kinds());
        model.addAttribute("writes", readable.writes());
        return readable.client();
    }

    @GetMapping("/{id}/emergency")
    String emergencyForm(@PathVariable UUID id, Model model) {
        return emergencyForm(id, "", EMERGENCY_KINDS_PROPOSED, model);
    }

    /** Emergency access reads the kinds chosen (who the client is always); none chosen reads who the client is only. */
    @PostMapping("/{id}/emergency")
    String breakGlass(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason, @RequestParam(name = "kinds", required = false) List<String> kinds,
            Model model) {
        String given = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        BindingResult errors = new MapBindingResult(new HashMap<>(), "emergency");
        Set<InformationKind> chosen = EnumSet.noneOf(InformationKind.class);
        for (String kind : kinds == null ? List.<String>of() : kinds) {
            FormValues.choice(InformationKind.class, kind, "kinds", errors).ifPresent(chosen::add);
        }
        if (errors.hasErrors() || !Forms.saved(errors, () -> registry.breakGlass(user, id, given, chosen))) {
            model.addAttribute("error", errors.getAllErrors().get(0).getCode());
            return emergencyForm(id, given, chosen, model);
        }
        return "redirect:/clients/" + id;
    }

    private static String emergencyForm(UUID id, String reason, Set<InformationKind> chosen, Model model) {
        model.addAttribute("clientId", id);
        model.addAttribute("reason", reason);
        model.addAttribute("kinds", EMERGENCY_KINDS_CHOOSABLE);
        model.addAttribute("chosen", chosen);
        return "clients/emergency";
    }

    private String form(PlaceraUser user, Model model, ClientForm form) {
        model.addAttribute("form", form);
        List<IpsTeamSummary> teams = organisation.ipsTeamsOf(user.staffMemberId());
        model.addAttribute("teams", teams);
        model.addAttribute("coaches", teams.stream().flatMap(team -> coaches.coachesOf(team.id()).stream()
                .map(coach -> new CoachChoice(coach.staffMemberId(), coach.fullName(), team.name(), coach.placesLeft())))
                .toList());
        return "clients/client-form";
    }

    /** A coach to choose at registration: their name, team and places left. */
    record CoachChoice(UUID staffMemberId, String name, String team, int placesLeft) {
    }

    private static NotFound notFound() {
        return new NotFound();
    }
}
