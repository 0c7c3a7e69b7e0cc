package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in user's start page; a coach starts from their week, a care-team member from their workspace. */
@Controller
class HomeController {

    private final Clock clock;

    HomeController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PlaceraUser user, Model model) {
        if (user.has(Role.CLIENT)) {
            return "redirect:/me";
        }
        if (user.has(Role.COACH)) {
            return "redirect:/week";
        }
        // a care-team member starts from their patients in IPS and the referral (decision 0083)
        if (user.has(Role.CARE_TEAM_MEMBER)) {
            return "redirect:/care-team";
        }
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("roles", user.roles());
        return "home";
    }
}
