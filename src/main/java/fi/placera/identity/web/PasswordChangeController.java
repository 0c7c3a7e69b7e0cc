package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.internal.AccountAdministration;
import fi.placera.platform.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A staff member changes their own password; their other sessions end. */
@Controller
@RequestMapping("/account/password")
class PasswordChangeController {

    private final AccountAdministration accounts;

    PasswordChangeController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(HttpSession session, Model model) {
        model.addAttribute("changeDue", MfaLogin.passwordChangeDue(session));
        return "identity/password";
    }

    @PostMapping
    String change(@AuthenticationPrincipal PlaceraUser user, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, HttpServletRequest request, HttpSession session,
            Model model) {
        BindingResult errors = new MapBindingResult(new HashMap<>(), "password");
        if (!Forms.saved(errors, () -> accounts.changeOwnPassword(user.accountId(), currentPassword, newPassword,
                session.getId()))) {
            model.addAttribute("errors", errors);
            model.addAttribute("changeDue", MfaLogin.passwordChangeDue(session));
            return "identity/password";
        }
        MfaLogin.passwordChanged(request);
        model.addAttribute("changed", true);
        return "identity/password";
    }
}
