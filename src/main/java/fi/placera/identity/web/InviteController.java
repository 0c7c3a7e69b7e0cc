package fi.placera.identity.web;

import fi.placera.identity.ClientAccounts;
import fi.placera.platform.web.Forms;
import fi.placera.platform.web.LinkLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A client opens the invitation link their coach gave them and chooses a user name and a passphrase; the authenticator
 * app is set up at the first login, as for staff. The pages speak the client's language from the first click (the
 * invitation's), and so do the login and authenticator pages after them, unless the client switches. An expired or
 * used link shows one plain page that reveals nothing.
 */
@Controller
@RequestMapping("/invite/{token}")
class InviteController {

    private final ClientAccounts accounts;
    private final LinkLanguage linkLanguage;

    InviteController(ClientAccounts accounts, LinkLanguage linkLanguage) {
        this.accounts = accounts;
        this.linkLanguage = linkLanguage;
    }

    /** The form as posted. */
    record InviteInput(String username, String passphrase, String repeated) {
    }

    @GetMapping
    String form(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!speaks(token, request, response)) {
            return unusable(response);
        }
        model.addAttribute("token", token);
        model.addAttribute("input", new InviteInput("", "", ""));
        return "identity/invite";
    }

    @PostMapping
    String accept(@PathVariable String token, InviteInput input, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (!speaks(token, request, response)) {
            return unusable(response);
        }
        BindingResult errors = new MapBindingResult(new HashMap<>(), "invite");
        if (!Forms.saved(errors, () -> accounts.accept(token, input.username(), input.passphrase(), input.repeated()))) {
            if (!accounts.usable(token)) {
                return unusable(response);
            }
            model.addAttribute("token", token);
            // the user name stays; passphrases are never sent back to the browser
            model.addAttribute("input", new InviteInput(input.username(), "", ""));
            model.addAttribute("errors", errors);
            return "identity/invite";
        }
        return "redirect:/login?welcome";
    }

    /** Whether the link can be used; when it can, the page speaks its language (the client's). */
    private boolean speaks(String token, HttpServletRequest request, HttpServletResponse response) {
        Optional<Locale> language = accounts.language(token);
        language.ifPresent(locale -> linkLanguage.speak(locale, request, response));
        return language.isPresent();
    }

    /** A 404 with a plain page: the same for a link that never existed, expired or was used. */
    private static String unusable(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "identity/invite-unusable";
    }
}
