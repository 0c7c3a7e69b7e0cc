package fi.placera.portal.web;

import fi.placera.audit.AccessAction;
import fi.placera.clients.ClientCorrections;
import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
import fi.placera.portal.RightsRequest;
import fi.placera.portal.RightsRequestKind;
import fi.placera.portal.RightsRequestState;
import fi.placera.platform.Rejection;
import fi.placera.portal.internal.ClientDataExport;
import fi.placera.portal.internal.Erasure;
import fi.placera.portal.internal.Me;
import fi.placera.portal.internal.Restrictions;
import fi.placera.portal.internal.ErasureRules;
import fi.placera.portal.internal.RightsRequests;
import fi.placera.portal.internal.WhoReadMyData;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The area's queue of rights requests for its team leaders: what is open and by when, and one request with its history,
 * its next step, the copy of the data, a restriction to impose or lift, and what an erasure must keep. Opening a request
 * reads the client's data, so it is an access decision like any other (logged; a client outside the user's reach is 404).
 */
@Controller
@RequestMapping("/rights-requests")
class RightsRequestsController {

    private final RightsRequests requests;
    private final ClientDirectory clients;
    private final ClientDataExport export;
    private final WhoReadMyData accessLog;
    private final Restrictions restrictions;
    private final ClientCorrections corrections;
    private final Erasure erasure;

    RightsRequestsController(RightsRequests requests, ClientDirectory clients, ClientDataExport export,
            WhoReadMyData accessLog, Restrictions restrictions, ClientCorrections corrections, Erasure erasure) {
        this.erasure = erasure;
        this.requests = requests;
        this.clients = clients;
        this.export = export;
        this.accessLog = accessLog;
        this.restrictions = restrictions;
        this.corrections = corrections;
    }

    /** The form that moves a request on, as posted. */
    record MoveInput(String state, String note, Integer version) {
    }

    /** The restriction form as posted. */
    record RestrictionInput(String note) {
    }

    @GetMapping
    String queue(@AuthenticationPrincipal PlaceraUser user, Model model) {
        List<RightsRequest> queue = user.areaId() == null ? List.of() : requests.queue(user.areaId());
        model.addAttribute("requests", queue);
        model.addAttribute("today", requests.today());
        return "portal/queue";
    }

    @GetMapping("/{id}")
    String request(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        return page(user, opened(user, id, "rights request"), model);
    }

    @PostMapping("/{id}")
    String move(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, MoveInput input, Model model) {
        Opened opened = opened(user, id, "rights request");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "move");
        var state = FormValues.choice(RightsRequestState.class, input.state(), "state", errors);
        int version = input.version() == null ? -1 : input.version();
        if (!Forms.saved(errors, () -> {
            if (opened.request().kind() == RightsRequestKind.ERASURE && state.get() == RightsRequestState.COMPLETED) {
                throw new Rejection("state", "rights.erasure.use-button");
            }
            requests.move(user, id, version, state.get(), input.note());
        })) {
            model.addAttribute("moveErrors", errors);
            model.addAttribute("moveInput", input);
            return page(user, opened, model);
        }
        return "redirect:/rights-requests/" + id + "?saved";
    }

    @PostMapping("/{id}/restriction")
    String restrict(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, RestrictionInput input,
            Model model) {
        Opened opened = opened(user, id, "restriction of processing");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "restriction");
        if (!Forms.saved(errors, () -> restrictions.impose(user, opened.client().id(), opened.client().areaId(),
                input.note()))) {
            model.addAttribute("restrictionErrors", errors);
            model.addAttribute("restrictionInput", input);
            return page(user, opened, model);
        }
        return "redirect:/rights-requests/" + id + "?restricted";
    }

    /** The correction form as posted. */
    record CorrectionInput(String field, String newValue, String reason) {
    }

    @PostMapping("/{id}/correction")
    String correct(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, CorrectionInput input,
            Model model) {
        Opened opened = opened(user, id, "rectification");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "correction");
        var field = FormValues.choice(ClientCorrections.Field.class, input.field(), "field", errors);
        if (!Forms.saved(errors, () -> corrections.correct(user, opened.client().id(), field.get(), input.newValue(),
                input.reason()))) {
            model.addAttribute("correctionErrors", errors);
            model.addAttribute("correctionInput", input);
            return page(user, opened, model);
        }
        return "redirect:/rights-requests/" + id + "?corrected";
    }

    /** The erasure form as posted: the request's version the user saw. */
    record ErasureInput(Integer version) {
    }

    @PostMapping("/{id}/erasure")
    String erase(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, ErasureInput input, Model model) {
        Opened opened = opened(user, id, "erasure request");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "erasure");
        int version = input.version() == null ? -1 : input.version();
        if (!Forms.saved(errors, () -> erasure.carryOut(user, opened.request(), opened.client(), version))) {
            model.addAttribute("erasureErrors", errors);
            return page(user, opened, model);
        }
        return "redirect:/rights-requests/" + id + "?erased";
    }

    @PostMapping("/{id}/restriction/lift")
    String lift(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        Opened opened = opened(user, id, "restriction of processing");
        restrictions.lift(user, opened.client().id());
        return "redirect:/rights-requests/" + id + "?lifted";
    }

    @AccessIntent(AccessAction.EXPORT)
    @GetMapping("/{id}/export.json")
    ResponseEntity<byte[]> json(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Locale locale) {
        Opened opened = opened(user, id, "copy of data for an access request");
        return MyRequestsController.download(export.json(opened.client().id(), log(user, opened, locale), locale),
                MediaType.APPLICATION_JSON, "placera-client-data.json");
    }

    @AccessIntent(AccessAction.EXPORT)
    @GetMapping("/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Locale locale) {
        Opened opened = opened(user, id, "copy of data for an access request");
        return MyRequestsController.download(export.pdf(opened.client().id(), log(user, opened, locale), "Placera",
                locale), MediaType.APPLICATION_PDF, "placera-client-data.pdf");
    }

    private List<WhoReadMyData.Line> log(PlaceraUser user, Opened opened, Locale locale) {
        return accessLog.of(new Me(user, opened.client().id(), opened.client().areaId(), opened.client().firstName(),
                opened.client().coachStaffId()), locale);
    }

    /** A request of the user's area whose client the user may see (the read logged); anything else is a 404. */
    private Opened opened(PlaceraUser user, UUID id, String purpose) {
        RightsRequest request = requests.find(id).filter(found -> user.areaId() != null && found.areaId() == user.areaId())
                .orElseThrow(MeController::notFound);
        ClientSummary client = clients.find(user, request.clientId(), InformationKind.SERVICE_RECORD, purpose)
                .orElseThrow(MeController::notFound);
        return new Opened(request, client);
    }

    private record Opened(RightsRequest request, ClientSummary client) {
    }

    private String page(PlaceraUser user, Opened opened, Model model) {
        model.addAttribute("request", opened.request());
        model.addAttribute("client", opened.client());
        model.addAttribute("events", requests.events(opened.request().id()));
        model.addAttribute("today", requests.today());
        model.addAttribute("nextStates", java.util.Arrays.stream(RightsRequestState.values())
                .filter(opened.request().state()::mayMoveTo).toList());
        model.addAttribute("restrictedTo", restrictions.restrictedTo(opened.client().id()).orElse(null));
        model.addAttribute("designated", restrictions.designatedIn(opened.client().areaId()));
        model.addAttribute("retained", ErasureRules.retained());
        model.addAttribute("erased", ErasureRules.erased());
        model.addAttribute("inService", opened.request().kind() == RightsRequestKind.ERASURE
                && opened.request().state().open() && clients.inService(opened.client().id()));
        model.addAttribute("fields", ClientCorrections.Field.values());
        model.addAttribute("corrections", corrections.history(opened.client().id()));
        return "portal/request";
    }
}
