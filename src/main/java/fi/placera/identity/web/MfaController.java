package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.internal.EmailCodes;
import fi.placera.identity.internal.SecondFactor;
import fi.placera.platform.Checks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
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
    private static final String ENROLMENT_EMAIL = "placera.mfa.enrolment-email";
    private final SecondFactor secondFactor;
    private final MfaLogin login;
    private final KeptInputFlow keptInput;

    MfaController(SecondFactor secondFactor, MfaLogin login, KeptInputFlow keptInput) {
        this.secondFactor = secondFactor;
        this.login = login;
        this.keptInput = keptInput;
    }

    @GetMapping
    String codeForm(@AuthenticationPrincipal PlaceraUser user, Model model) {
        if (!secondFactor.isEnrolled(user)) {
            return "redirect:/mfa/enrol";
        }
        model.addAttribute("byEmail", secondFactor.usesEmail(user));
        return "identity/mfa";
    }

    /** Sends an e-mailed code (clients who chose e-mail); rate-limited, the page says when to try again. */
    @PostMapping("/email")
    String sendCode(@AuthenticationPrincipal PlaceraUser user, Locale locale, Model model) {
        if (!secondFactor.usesEmail(user)) {
            return "redirect:/mfa";
        }
        model.addAttribute("byEmail", true);
        return switch (secondFactor.sendEmailCode(user, locale)) {
            case SENT -> {
                model.addAttribute("sent", true);
                yield "identity/mfa";
            }
            case TOO_SOON -> rejected(model, "mfa.email.too-soon", "identity/mfa");
            case TOO_MANY -> rejected(model, "mfa.email.too-many", "identity/mfa");
        };
    }

    @PostMapping
    String verify(@AuthenticationPrincipal PlaceraUser user, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        boolean byEmail = secondFactor.usesEmail(user);
        model.addAttribute("byEmail", byEmail);
        SecondFactor.Outcome outcome = byEmail ? secondFactor.verifyEmail(user, limited(code), request.getRemoteAddr())
                : secondFactor.verify(user, limited(code), request.getRemoteAddr());
        return switch (outcome) {
            case ACCEPTED -> {
                login.secondFactorVerified(user, request, response);
                // back to the form whose session had ended, when there is one and it is this user's (0063)
                yield "redirect:" + keptInput.landing(user, request, response);
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

    /** A client without an authenticator app asks for codes by e-mail: a code goes to the address to prove it. */
    @PostMapping("/enrol/email")
    String enrolEmail(@AuthenticationPrincipal PlaceraUser user, @RequestParam(defaultValue = "") String email,
            HttpSession session, Locale locale, Model model) {
        if (!secondFactor.mayUseEmail(user) || secondFactor.isEnrolled(user)) {
            return "redirect:/mfa";
        }
        String address = (email.length() > 300 ? email.substring(0, 300) : email).strip();
        model.addAttribute("email", address);
        if (!Checks.plausibleEmail(address)) {
            model.addAttribute("emailError", "mfa.email.address");
            return enrolPage(user, session, model);
        }
        switch (secondFactor.sendEnrolmentCode(user, address, locale)) {
            case SENT -> session.setAttribute(ENROLMENT_EMAIL, address);
            case TOO_SOON -> model.addAttribute("error", "mfa.email.too-soon");
            case TOO_MANY -> model.addAttribute("error", "mfa.email.too-many");
        }
        model.addAttribute("pendingEmail", session.getAttribute(ENROLMENT_EMAIL));
        return "identity/mfa-enrol-email";
    }

    @PostMapping("/enrol/email/verify")
    String verifyEnrolmentEmail(@AuthenticationPrincipal PlaceraUser user, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
        String address = (String) session.getAttribute(ENROLMENT_EMAIL);
        if (!secondFactor.mayUseEmail(user) || address == null) {
            return "redirect:/mfa/enrol";
        }
        return switch (secondFactor.enrolEmail(user, address, limited(code), request.getRemoteAddr())) {
            case ACCEPTED -> {
                session.removeAttribute(ENROLMENT_EMAIL);
                login.secondFactorVerified(user, request, response);
                yield "redirect:/";
            }
            case WRONG -> {
                model.addAttribute("pendingEmail", address);
                yield rejected(model, "mfa.code.wrong", "identity/mfa-enrol-email");
            }
            case THROTTLED -> {
                model.addAttribute("pendingEmail", address);
                yield rejected(model, "login.locked", "identity/mfa-enrol-email");
            }
        };
    }

    private String enrolPage(PlaceraUser user, HttpSession session, Model model) {
        model.addAttribute("mayUseEmail", secondFactor.mayUseEmail(user));
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
