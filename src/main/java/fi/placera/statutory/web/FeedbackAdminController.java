package fi.placera.statutory.web;

import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import fi.placera.platform.Administrator;
import fi.placera.platform.NotFound;
import fi.placera.statutory.AccessibilityFeedback;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrators' list of accessibility feedback: an area's administrator sees their area's messages, a national
 * administrator all; another area's message is not found (and a security event). Marking one handled closes the task.
 */
@Controller
class FeedbackAdminController {

    private final AccessibilityFeedback feedback;
    private final Organisation organisation;

    FeedbackAdminController(AccessibilityFeedback feedback, Organisation organisation) {
        this.feedback = feedback;
        this.organisation = organisation;
    }

    @GetMapping("/admin/accessibility-feedback")
    String list(Administrator admin, Model model) {
        model.addAttribute("messages", feedback.list(admin));
        model.addAttribute("areas", areaNames());
        return "statutory/feedback-list";
    }

    @GetMapping("/admin/accessibility-feedback/{id}")
    String one(Administrator admin, @PathVariable UUID id, Model model) {
        model.addAttribute("message", feedback.find(admin, id).orElseThrow(FeedbackAdminController::notFound));
        model.addAttribute("areas", areaNames());
        return "statutory/feedback";
    }

    @PostMapping("/admin/accessibility-feedback/{id}")
    String handle(Administrator admin, @PathVariable UUID id) {
        if (!feedback.handle(admin, id)) {
            throw notFound();
        }
        return "redirect:/admin/accessibility-feedback?handled";
    }

    private Map<Short, WelfareArea> areaNames() {
        return organisation.areas().stream().collect(Collectors.toMap(WelfareArea::id, Function.identity()));
    }

    private static NotFound notFound() {
        return new NotFound();
    }
}
