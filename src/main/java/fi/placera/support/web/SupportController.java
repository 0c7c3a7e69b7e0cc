package fi.placera.support.web;

import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.audit.AccessAction;
import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.clients.ShownClient;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import fi.placera.support.FollowAlongSupport;
import fi.placera.support.FollowAlongSupport.With;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A client's follow-along support: the schedule, recording contacts, adjusting the schedule, tapering. */
@Controller
@RequestMapping("/clients/{id}/support")
class SupportController {

    private static final String PURPOSE = "follow-along support";

    private final ClientDirectory clients;
    private final FollowAlongSupport support;
    private final Clock clock;

    SupportController(ClientDirectory clients, FollowAlongSupport support, Clock clock) {
        this.clients = clients;
        this.support = support;
        this.clock = clock;
    }

    record ContactInput(String key, String supportContactedOn, Boolean onTheJob, List<String> withWhom,
            String naturalSupports, String supportNote) {

        public boolean with(With who) {
            return withWhom != null && withWhom.contains(who.name());
        }
    }

    /** A correction; {@code contact} says which contact's form to show again with what was typed. */
    record CorrectInput(String contact, Integer version, String correctedContactedOn, Boolean correctedOnTheJob,
            List<String> correctedWithWhom, String correctedNaturalSupports, String correctedNote,
            String correctionReason) {

        public boolean with(With who) {
            return correctedWithWhom != null && correctedWithWhom.contains(who.name());
        }
    }

    record VoidInput(String contact, Integer version, String voidReason) {
    }

    record AdjustInput(String newDueOn, String cancelReason) {
    }

    record TaperInput(String taperedOn, String everyMonths, String taperReason) {
    }

    record EndInput(String supportEndedOn, String supportEndHow) {
    }

    /**
     * The page names the client and shows their follow-along support: its access-log row names both kinds. An
     * emergency reader gets it without its forms.
     */
    @GetMapping
    String page(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        ShownClient shown = clients.page(user, id, EnumSet.of(InformationKind.IDENTITY, InformationKind.EMPLOYMENT),
                Set.of(), PURPOSE).orElseThrow(SupportController::notFound);
        model.addAttribute("writes", shown.writes());
        return render(shown.client(), model);
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/contacts")
    String contact(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, ContactInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "contact");
        Optional<LocalDate> day = date(input.supportContactedOn(), "supportContactedOn", errors);
        Set<With> with = withWhom(input.withWhom(), "withWhom", errors);
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        return saved(client, model, errors, "contact", input, () -> support.record(new FollowAlongSupport.Contact(key,
                id, client.areaId(), day.get(), Boolean.TRUE.equals(input.onTheJob()), with, input.naturalSupports(),
                input.supportNote(), user.accountId(), 0)));
    }

    /** A support contact recorded wrong, as it should have been recorded (decisions 0070, 0076). */
    @PostMapping("/contacts/{key}/correct")
    String correct(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID key,
            CorrectInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "correct");
        Optional<LocalDate> day = date(input.correctedContactedOn(), "correctedContactedOn", errors);
        Set<With> with = withWhom(input.correctedWithWhom(), "correctedWithWhom", errors);
        return saved(client, model, errors, "correct", input, () -> support.correct(user, client, key,
                version(input.version()), new FollowAlongSupport.Correction(day.get(),
                        Boolean.TRUE.equals(input.correctedOnTheJob()), with, input.correctedNaturalSupports(),
                        input.correctedNote()), input.correctionReason()));
    }

    /** A support contact recorded by mistake: kept with its history, it meets no due and leaves every figure. */
    @PostMapping("/contacts/{key}/void")
    String voidContact(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID key,
            VoidInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "void");
        return saved(client, model, errors, "void", input,
                () -> support.voidContact(user, client, key, version(input.version()), input.voidReason()));
    }

    @PostMapping("/dues/{dueId}/move")
    String move(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID dueId,
            AdjustInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "adjust");
        Optional<LocalDate> day = date(input.newDueOn(), "newDueOn", errors);
        return saved(client, model, errors, "adjust", input, () -> support.move(id, dueId, day.get()));
    }

    @PostMapping("/dues/{dueId}/cancel")
    String cancel(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID dueId,
            AdjustInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "adjust");
        return saved(client, model, errors, "adjust", input, () -> support.cancel(id, dueId, input.cancelReason()));
    }

    @PostMapping("/tapering")
    String taper(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, TaperInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "taper");
        Optional<LocalDate> day = date(input.taperedOn(), "taperedOn", errors);
        int months = input.everyMonths() == null || !input.everyMonths().matches("\\d") ? 0
                : Integer.parseInt(input.everyMonths());
        return saved(client, model, errors, "taper", input, () -> support.taper(id, client.areaId(), day.get(), months,
                input.taperReason(), user.accountId()));
    }

    /** The client ends follow-along support (decision 0073); the coach records when and how they said so. */
    @PostMapping("/end")
    String end(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, EndInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "end");
        Optional<LocalDate> day = date(input.supportEndedOn(), "supportEndedOn", errors);
        return saved(client, model, errors, "end", input, () -> support.endByClient(id, client.areaId(), day.get(),
                input.supportEndHow(), user.accountId()));
    }

    private static Set<With> withWhom(List<String> chosen, String field, BindingResult errors) {
        Set<With> with = EnumSet.noneOf(With.class);
        for (String who : chosen == null ? List.<String>of() : chosen) {
            choice(With.class, who, field, errors).ifPresent(with::add);
        }
        return with;
    }

    /** A form's version; none is never the contact's, so the change is refused as a conflict. */
    private static int version(Integer version) {
        return version == null ? -1 : version;
    }

    private String saved(ClientSummary client, Model model, BindingResult errors, String form, Object input,
            Runnable save) {
        return Forms.savedOrAgain(errors, model, form, input, save, () -> render(client, model), "/clients/" + client.id() + "/support");
    }

    /** The page; its forms unless the GET found an emergency reader ({@code writes} false), who writes nothing. */
    private String render(ClientSummary client, Model model) {
        if (!model.containsAttribute("writes")) {
            model.addAttribute("writes", true);
        }
        model.addAttribute("client", client);
        model.addAttribute("schedule", support.schedule(client.id()));
        model.addAttribute("contacts", support.contacts(client.id()));
        model.addAttribute("revisions", support.revisionsOf(client.id()));
        model.addAttribute("continuing", support.continuing(client.id()).orElse(null));
        model.addAttribute("ended", support.endedByClient(client.id()).orElse(null));
        model.addAttribute("withWhom", With.values());
        model.addAttribute("formKey", UUID.randomUUID());
        model.addAttribute("today", LocalDate.now(clock));
        return "support/support";
    }

    private ClientSummary client(PlaceraUser user, UUID id) {
        return clients.find(user, id, InformationKind.EMPLOYMENT, PURPOSE).orElseThrow(SupportController::notFound);
    }

    private static NotFound notFound() {
        return new NotFound();
    }
}
