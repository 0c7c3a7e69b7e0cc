package fi.placera.consent.web;

import fi.placera.audit.AccessAction;
import fi.placera.consent.Consents;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.ClientRecords;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.ClientScope;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.web.Forms;
import java.util.HashMap;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The cooperation agreement and the consents, recorded and withdrawn on the client's record page. */
@Controller
@RequestMapping("/clients/{id}")
class ConsentController {

    private final ClientRecords records;
    private final Consents consents;

    ConsentController(ClientRecords records, Consents consents) {
        this.records = records;
        this.consents = consents;
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/agreement")
    String agree(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, ConsentForms.AgreementInput input,
            Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "cooperation agreement");
        BindingResult errors = new MapBindingResult(new HashMap<>(), "agreement");
        var day = input.day(errors);
        var how = input.how(errors);
        return records.savedOrAgain(id, Part.REFERRAL, model, errors, "agreement", input, () -> consents.agree(id, client.areaId(),
                day.get(), how.get(), input.witness(), input.inWork(), user.accountId()));
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/consents")
    String giveConsent(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id,
            @ModelAttribute("consentInput") ConsentForms.ConsentInput input, BindingResult bound, Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "consents");
        BindingResult errors = Forms.refusals(bound);
        // a form that could not be bound (a NUL) is refused as a whole: its refusals are in errors
        ConsentForms.ConsentInput form = input == null ? ConsentForms.ConsentInput.NONE : input;
        var party = form.partyType(errors);
        var kinds = form.informationKinds(errors);
        var from = form.from(errors);
        var until = form.until(errors);
        return records.savedOrAgain(id, Part.CONSENTS, model, errors, "consent", form, () -> consents.give(id,
                client.areaId(), party.get(), form.partyId(), form.namedParty(), kinds, from.get(), until.orElse(null),
                user.accountId()));
    }

    @AccessIntent(AccessAction.WITHDRAW)
    @PostMapping("/consents/{consentId}/withdraw")
    String withdraw(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID consentId) {
        records.get(user, id, InformationKind.IDENTITY, "consents");
        consents.withdraw(id, consentId);
        return Forms.redirectSaved(Part.CONSENTS.url(id));
    }

    /** A void of a consent; {@code consent} says which consent's form to show again with what was typed. */
    record VoidInput(String consent, String voidReason) {
    }

    /**
     * A consent recorded by mistake (decision 0076): kept with its history, never in force again. Only who recorded
     * it or the client's team leader; the client's own withdrawal is the other route.
     */
    @PostMapping("/consents/{consentId}/void")
    String voidConsent(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID consentId,
            VoidInput input, Model model) {
        ClientScope client = records.get(user, id, InformationKind.IDENTITY, "consents");
        return records.savedOrAgain(id, Part.CONSENTS, model, new MapBindingResult(new HashMap<>(), "void"), "void",
                input, () -> consents.voidConsent(id, client.areaId(), consentId, input.voidReason(), user.accountId(),
                        recordedBy -> records.checkMayRevise(user, id, recordedBy)));
    }
}
