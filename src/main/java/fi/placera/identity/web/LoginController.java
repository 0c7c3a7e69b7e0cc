package fi.placera.identity.web;

import fi.placera.identity.internal.ClientSignInProviders;
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
 * (decision 0071): one button per such area; clients with strong identification through the national provider or
 * their area's (decision 0077).
 */
@Controller
class LoginController {

    private final SignInProviders providers;
    private final ClientSignInProviders clientProviders;
    private final Organisation organisation;

    LoginController(SignInProviders providers, ClientSignInProviders clientProviders, Organisation organisation) {
        this.providers = providers;
        this.clientProviders = clientProviders;
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
        model.addAttribute("clientProviders", clientProviders.all().stream()
                .map(provider -> new ClientProvider("/oauth2/authorization/" + provider.registrationId(),
                        provider.areaId() == null ? null
                                : organisation.area(provider.areaId()).map(area -> area.name(locale)).orElse(null)))
                .toList());
        return "login";
    }

    /** A client's strong identification button (decision 0077): the national one has no area name. */
    record ClientProvider(String path, String areaName) {
    }

    /** A login button: the path that starts the sign-in at the area's provider, and the area's name. */
    record AreaProvider(String path, String areaName) {
        AreaProvider(WelfareArea area, Locale locale) {
            this("/oauth2/authorization/area-" + area.id(),
                    area.name(locale));
        }
    }
}
