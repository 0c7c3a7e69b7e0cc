package fi.placera.identity.web;

import fi.placera.identity.internal.SignInProviders;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page; Spring Security handles the POST. Staff of an area with its own provider sign in there instead
 * (decision 0071): one button per such area.
 */
@Controller
class LoginController {

    private final SignInProviders providers;
    private final Organisation organisation;

    LoginController(SignInProviders providers, Organisation organisation) {
        this.providers = providers;
        this.organisation = organisation;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String sso, Model model, Locale locale) {
        if (sso != null) {
            model.addAttribute("ssoRefusal", "login.sso." + (ProviderLogin.EXPLAINED.contains(sso) ? sso : "failed"));
        }
        List<AreaProvider> areaProviders = providers.areas().stream()
                .flatMap(id -> organisation.area(id).stream())
                .map(area -> new AreaProvider(area, locale))
                .toList();
        model.addAttribute("areaProviders", areaProviders);
        return "login";
    }

    /** A login button: the path that starts the sign-in at the area's provider, and the area's name. */
    record AreaProvider(String path, String areaName) {
        AreaProvider(WelfareArea area, Locale locale) {
            this("/oauth2/authorization/area-" + area.id(),
                    area.name(locale));
        }
    }
}
