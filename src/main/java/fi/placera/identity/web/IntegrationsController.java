package fi.placera.identity.web;

import fi.placera.identity.CallingSystem;
import fi.placera.identity.internal.IntegrationAdministration;
import fi.placera.platform.Administrator;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An area administrator's page of the systems that call the API for the area with client-credentials tokens of the
 * area's provider (decision 0077). A national administrator has no area, so no such page.
 */
@Controller
@RequestMapping("/admin/integrations")
class IntegrationsController {

    private final IntegrationAdministration administration;

    IntegrationsController(IntegrationAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String show(Administrator by, Model model) {
        model.addAttribute("form", new IntegrationForm());
        return page(by, model);
    }

    @PostMapping
    String register(Administrator by, @ModelAttribute("form") IntegrationForm form, BindingResult bound, Model model) {
        short area = areaOf(by);
        BindingResult errors = Forms.refusals(bound);
        form.check(errors);
        if (!Forms.saved(errors, () -> administration.register(by, form.toSystem(area)))) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return page(by, model);
        }
        return Forms.redirectSaved("/admin/integrations");
    }

    @PostMapping("/remove")
    String remove(Administrator by, @RequestParam(required = false) String clientId) {
        administration.remove(by, clientId);
        return Forms.redirectSaved("/admin/integrations");
    }

    private String page(Administrator by, Model model) {
        model.addAttribute("systems", administration.systems(by));
        model.addAttribute("knownScopes", CallingSystem.SCOPES);
        return "identity/integrations";
    }

    private static short areaOf(Administrator by) {
        if (by.areaId() == null) {
            throw new NotFound();
        }
        return by.areaId();
    }
}
