package fi.placera.evaluation.web;

import fi.placera.evaluation.Questionnaires;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.NotFound;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The care-team questionnaires sent to a care-team member in Placera (issue 27 §1, decision 0083): the list, and the
 * questionnaire opened from it through a fresh one-time link. Care-team members only (the URL rules); a questionnaire
 * sent to someone else is answered as missing.
 */
@Controller
class CareTeamQuestionnaireController {

    private final Questionnaires questionnaires;

    CareTeamQuestionnaireController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping("/care-team/questionnaires")
    String list(@AuthenticationPrincipal PlaceraUser user, Model model) {
        model.addAttribute("responses", user.staffMemberId() == null ? List.of()
                : questionnaires.sentTo(user.staffMemberId()));
        return "evaluation/care-team-questionnaires";
    }

    /** A new link each time: the member signed in is who the questionnaire was sent to, so the old link may stop. */
    @PostMapping("/care-team/questionnaires/{id}/open")
    String open(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        if (user.staffMemberId() == null) {
            throw new NotFound();
        }
        return questionnaires.reopen(id, user.staffMemberId()).map(link -> "redirect:/q/" + link.token())
                .orElseThrow(NotFound::new);
    }
}
