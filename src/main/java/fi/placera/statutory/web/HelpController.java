package fi.placera.statutory.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.platform.NotFound;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A short help page per role, public; the index marks the signed-in user's own roles first. */
@Controller
class HelpController {

    /** The roles in the order a newcomer meets them, with the path segment of each one's page. */
    enum HelpTopic {
        COACH(Role.COACH), TEAM_LEADER(Role.TEAM_LEADER), CARE_TEAM_MEMBER(Role.CARE_TEAM_MEMBER),
        MANAGER(Role.MANAGER), EVALUATOR(Role.EVALUATOR), ADMINISTRATOR(Role.ADMIN), CLIENT(Role.CLIENT);

        static final int ITEMS = 4;
        final Role role;

        HelpTopic(Role role) {
            this.role = role;
        }

        public String slug() {
            return name().toLowerCase().replace('_', '-');
        }

        public String key() {
            return "statutory.help." + slug();
        }

        static Optional<HelpTopic> bySlug(String slug) {
            return Arrays.stream(values()).filter(topic -> topic.slug().equals(slug)).findFirst();
        }
    }

    @GetMapping("/help")
    String index(@AuthenticationPrincipal PlaceraUser user, Model model) {
        List<HelpTopic> own = user == null ? List.of()
                : Arrays.stream(HelpTopic.values()).filter(topic -> user.has(topic.role)).toList();
        model.addAttribute("own", own);
        model.addAttribute("topics", HelpTopic.values());
        return "statutory/help";
    }

    @GetMapping("/help/{topic}")
    String topic(@PathVariable String topic, Model model) {
        model.addAttribute("topic", HelpTopic.bySlug(topic)
                .orElseThrow(NotFound::new));
        model.addAttribute("items", IntStream.rangeClosed(1, HelpTopic.ITEMS).boxed().toList());
        return "statutory/help-topic";
    }
}
