package fi.placera.identity.web;

import fi.placera.identity.internal.ClientSignInProviderAdministration;
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

/**
 * An area administrator's page for the provider of their area's clients' strong identification (decision 0077). A
 * national administrator has no area, so no such page: the national provider is an application setting.
 */
@Controller
@RequestMapping("/admin/client-sign-in")
class ClientSignInProviderController {

    private static final String PAGE = "identity/client-sign-in";
    private final ClientSignInProviderAdministration administration;

    ClientSignInProviderController(ClientSignInProviderAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String show(Administrator by, Model model) {
        model.addAttribute("form", administration.provider(areaOf(by)).map(ClientSignInProviderForm::of)
                .orElseGet(ClientSignInProviderForm::new));
        return PAGE;
    }

    @PostMapping
    String save(Administrator by, @ModelAttribute("form") ClientSignInProviderForm form, BindingResult bound,
            Model model) {
        short area = areaOf(by);
        BindingResult errors = Forms.refusals(bound);
        form.check(errors);
        if (!Forms.saved(errors, () -> administration.save(by, form.toProvider(area)))) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return PAGE;
        }
        return Forms.redirectSaved("/admin/client-sign-in");
    }

    private static short areaOf(Administrator by) {
        if (by.areaId() == null) {
            throw new NotFound();
        }
        return by.areaId();
    }
}
