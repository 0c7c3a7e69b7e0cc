package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.internal.BreakGlassGrants;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The team leader's list of emergency accesses in their welfare area that nobody has reviewed yet. */
@Controller
@RequestMapping("/team/emergency-access")
class EmergencyAccessReviewController {

    private final BreakGlassGrants grants;

    EmergencyAccessReviewController(BreakGlassGrants grants) {
        this.grants = grants;
    }

    @GetMapping
    String unreviewed(@AuthenticationPrincipal PlaceraUser user, Model model) {
        model.addAttribute("grants", user.areaId() == null ? java.util.List.of() : grants.unreviewed(user.areaId()));
        return "identity/emergency-access";
    }

    @PostMapping("/{id}/reviewed")
    String reviewed(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        if (user.areaId() != null) {
            grants.markReviewed(id, user.areaId(), user.accountId());
        }
        return "redirect:/team/emergency-access";
    }
}
