package fi.placera.identity.web;

import fi.placera.identity.internal.SignInProvider;
import fi.placera.identity.internal.SignInProviderAdministration;
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
 * An area administrator's page for their area's OpenID Connect provider (decision 0071). A national administrator
 * has no area, so no such page.
 */
@Controller
@RequestMapping("/admin/sign-in-provider")
class SignInProviderController {

    private final SignInProviderAdministration administration;

    SignInProviderController(SignInProviderAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String show(Administrator by, Model model) {
        areaOf(by);
        model.addAttribute("form", administration.provider(by).map(SignInProviderForm::of)
                .orElseGet(SignInProviderForm::new));
        return page(model);
    }

    @PostMapping
    String save(Administrator by, @ModelAttribute("form") SignInProviderForm form, BindingResult bound, Model model) {
        short area = areaOf(by);
        BindingResult errors = Forms.refusals(bound);
        form.check(errors);
        if (!Forms.saved(errors, () -> administration.save(by, form.toProvider(area)))) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return page(model);
        }
        return Forms.redirectSaved("/admin/sign-in-provider");
    }

    private static short areaOf(Administrator by) {
        if (by.areaId() == null) {
            throw new NotFound();
        }
        return by.areaId();
    }

    private static String page(Model model) {
        model.addAttribute("linkTos", SignInProvider.LinkTo.values());
        model.addAttribute("withoutMfas", SignInProvider.WithoutMfa.values());
        return "identity/sign-in-provider";
    }
}
