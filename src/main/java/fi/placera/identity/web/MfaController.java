package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.internal.MfaLogin;
import fi.placera.identity.internal.SecondFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second login step: enrolling an authenticator app, and entering its code. */
@Controller
@RequestMapping("/mfa")
class MfaController {

    private static final String ENROLMENT_SECRET = "placera.mfa.enrolment-secret";
    private final SecondFactor secondFactor;
    private final MfaLogin login;

    MfaController(SecondFactor secondFactor, MfaLogin login) {
        this.secondFactor = secondFactor;
        this.login = login;
    }

    @GetMapping
    String codeForm(@AuthenticationPrincipal PlaceraUser user) {
        return secondFactor.isEnrolled(user) ? "identity/mfa" : "redirect:/mfa/enrol";
    }

    @PostMapping
    String verify(@AuthenticationPrincipal PlaceraUser user, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return switch (secondFactor.verify(user, limited(code), request.getRemoteAddr())) {
            case ACCEPTED -> {
                login.secondFactorVerified(user, request, response);
                yield "redirect:/";
            }
            case WRONG -> rejected(model, "mfa.code.wrong", "identity/mfa");
            case THROTTLED -> rejected(model, "login.locked", "identity/mfa");
        };
    }

    @GetMapping("/enrol")
    String enrolForm(@AuthenticationPrincipal PlaceraUser user, HttpSession session, Model model) {
        if (secondFactor.isEnrolled(user)) {
            return "redirect:/mfa";
        }
        return enrolPage(user, session, model);
    }

    @PostMapping("/enrol")
    String enrol(@AuthenticationPrincipal PlaceraUser user, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
        String secret = (String) session.getAttribute(ENROLMENT_SECRET);
        Optional<List<String>> recoveryCodes = secret == null ? Optional.empty()
                : secondFactor.enrol(user, secret, limited(code), request.getRemoteAddr());
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("error", secondFactor.throttled(user, request.getRemoteAddr())
                    ? "login.locked" : "mfa.code.wrong");
            return enrolPage(user, session, model);
        }
        session.removeAttribute(ENROLMENT_SECRET);
        login.secondFactorVerified(user, request, response);
        model.addAttribute("recoveryCodes", recoveryCodes.get());
        return "identity/mfa-recovery-codes";
    }

    private String enrolPage(PlaceraUser user, HttpSession session, Model model) {
        String secret = (String) session.getAttribute(ENROLMENT_SECRET);
        if (secret == null) {
            secret = secondFactor.newSecret();
            session.setAttribute(ENROLMENT_SECRET, secret);
        }
        model.addAttribute("qrCode", secondFactor.qrCode(user, secret));
        model.addAttribute("secret", secret);
        return "identity/mfa-enrol";
    }

    private static String rejected(Model model, String messageKey, String view) {
        model.addAttribute("error", messageKey);
        return view;
    }

    /** Codes are short; anything longer is cut before it reaches hashing or the database. */
    private static String limited(String code) {
        return code.length() > 64 ? code.substring(0, 64) : code;
    }
}
