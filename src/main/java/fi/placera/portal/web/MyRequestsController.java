package fi.placera.portal.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
import fi.placera.portal.RightsRequestKind;
import fi.placera.portal.internal.ClientDataExport;
import fi.placera.portal.internal.Me;
import fi.placera.portal.internal.MyAccount;
import fi.placera.portal.internal.ErasureRules;
import fi.placera.portal.internal.RightsRequests;
import fi.placera.portal.internal.WhoReadMyData;
import java.util.HashMap;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The client's rights: a copy of their data at once, and requests for correction, restriction or erasure. */
@Controller
@RequestMapping("/me")
class MyRequestsController {

    private final MyAccount account;
    private final RightsRequests requests;
    private final ClientDataExport export;
    private final WhoReadMyData accessLog;
    private final MessageSource messages;

    MyRequestsController(MyAccount account, RightsRequests requests, ClientDataExport export, WhoReadMyData accessLog,
            MessageSource messages) {
        this.account = account;
        this.requests = requests;
        this.export = export;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    /** The request form as posted. */
    record RequestInput(String kind, String details) {
    }

    @GetMapping("/requests")
    String requests(@AuthenticationPrincipal PlaceraUser user, Model model) {
        return page(me(user), model);
    }

    @PostMapping("/requests")
    String make(@AuthenticationPrincipal PlaceraUser user, RequestInput input, Model model) {
        Me me = me(user);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "request");
        var kind = FormValues.choice(RightsRequestKind.class, input.kind(), "kind", errors);
        if (!Forms.saved(errors, () -> requests.make(me.clientId(), me.areaId(), kind.get(), input.details(), user))) {
            model.addAttribute("requestErrors", errors);
            model.addAttribute("requestInput", input);
            return page(me, model);
        }
        return "redirect:/me/requests?sent";
    }

    @GetMapping("/export.json")
    ResponseEntity<byte[]> json(@AuthenticationPrincipal PlaceraUser user, Locale locale) {
        Me me = me(user);
        byte[] body = export.json(me.clientId(), accessLog.of(me, locale), locale);
        requests.copyDownloaded(me.clientId(), me.areaId(), "JSON", user);
        return download(body, MediaType.APPLICATION_JSON, "placera-my-data.json");
    }

    @GetMapping("/export.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PlaceraUser user, Locale locale) {
        Me me = me(user);
        byte[] body = export.pdf(me.clientId(), accessLog.of(me, locale),
                messages.getMessage("rights.export.title", null, locale), locale);
        requests.copyDownloaded(me.clientId(), me.areaId(), "PDF", user);
        return download(body, MediaType.APPLICATION_PDF, "placera-my-data.pdf");
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private String page(Me me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("requests", requests.ofClient(me.clientId()));
        model.addAttribute("today", requests.today());
        model.addAttribute("kinds", RightsRequestKind.values());
        model.addAttribute("retained", ErasureRules.retained());
        model.addAttribute("erased", ErasureRules.erased());
        return "portal/requests";
    }

    private Me me(PlaceraUser user) {
        return account.me(user).orElseThrow(MeController::notFound);
    }
}
