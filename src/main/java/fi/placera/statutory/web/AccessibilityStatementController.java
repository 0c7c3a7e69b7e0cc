package fi.placera.statutory.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.WelfareArea;
import fi.placera.platform.web.Forms;
import fi.placera.platform.web.Languages;
import fi.placera.statutory.AccessibilityChecks;
import fi.placera.statutory.AccessibilityFeedback;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The accessibility statement (Act 306/2019), public: what the build checks, read from the same file the browser
 * tests read, the known exceptions and the statement's date, and a feedback form that reaches the area's
 * administrators. A signed-in user is shown their own area's statement; anyone else chooses an area.
 */
@Controller
class AccessibilityStatementController {

    private final AreaPages areas;
    private final AccessibilityFeedback feedback;
    private final AccessibilityChecks checks = AccessibilityChecks.load();

    AccessibilityStatementController(AreaPages areas, AccessibilityFeedback feedback) {
        this.areas = areas;
        this.feedback = feedback;
    }

    @GetMapping("/accessibility")
    String statement(@AuthenticationPrincipal PlaceraUser user, Model model) {
        return areas.ownAreaPage(user, "/accessibility").orElseGet(() -> {
            model.addAttribute("areas", areas.areas());
            return page(null, model);
        });
    }

    @GetMapping("/accessibility/{areaId}")
    String areaStatement(@PathVariable short areaId, CsrfToken formToken, Model model) {
        model.addAttribute("feedback", FeedbackForm.empty());
        return pageWithForm(areas.area(areaId), formToken, model);
    }

    /** Nothing typed is lost on a refusal: the page comes back with the text and the reason next to the field. */
    @PostMapping("/accessibility/{areaId}/feedback")
    String send(@PathVariable short areaId, @ModelAttribute("feedback") FeedbackForm form, BindingResult errors,
            Locale locale, CsrfToken formToken, Model model) {
        WelfareArea area = areas.area(areaId);
        String language = Languages.supportedOrDefault(locale).getLanguage();
        if (!Forms.saved(errors, () -> feedback.send(area.id(), language, form.typed()))) {
            return pageWithForm(area, formToken, model);
        }
        return "redirect:/accessibility/" + areaId + "?sent";
    }

    /**
     * The feedback form's token is made (and with it the session) before rendering: the statement is long enough to be
     * sent while it renders, and a session can no longer be made once sending has begun.
     */
    private String pageWithForm(WelfareArea area, CsrfToken formToken, Model model) {
        formToken.getToken();
        return page(area, model);
    }

    private String page(WelfareArea area, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("checks", checks);
        model.addAttribute("messageMax", AccessibilityFeedback.MESSAGE_MAX);
        return "statutory/accessibility";
    }
}
