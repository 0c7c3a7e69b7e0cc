package fi.placera.identity.web;

import fi.placera.identity.internal.AdministratorSetup;
import fi.placera.platform.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The setup link of an administrator made by {@code create-admin}: they choose their password here, then sign in
 * and set up the authenticator app before anything opens. A used, expired or unknown link is one plain 404 page.
 */
@Controller
@RequestMapping("/setup/{token}")
class SetupController {

    private final AdministratorSetup setup;

    SetupController(AdministratorSetup setup) {
        this.setup = setup;
    }

    @GetMapping
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!setup.usable(token)) {
            return unusable(response);
        }
        model.addAttribute("token", token);
        return "identity/setup";
    }

    @PostMapping
    String complete(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated, Model model, HttpServletResponse response) {
        if (!setup.usable(token)) {
            return unusable(response);
        }
        BindingResult errors = new MapBindingResult(new HashMap<>(), "setup");
        if (!Forms.saved(errors, () -> setup.complete(token, password, repeated))) {
            model.addAttribute("token", token);
            model.addAttribute("errors", errors);
            return "identity/setup";
        }
        return "redirect:/login?welcome";
    }

    private static String unusable(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "identity/setup-unusable";
    }
}
