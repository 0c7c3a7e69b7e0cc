package fi.placera.reporting.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.reporting.internal.TeamFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The team leader's view of their IPS team: figures for steering the team's work, never a ranking of coaches. */
@Controller
class TeamViewController {

    private final Organisation organisation;
    private final TeamFigures figures;
    private final Clock clock;

    TeamViewController(Organisation organisation, TeamFigures figures, Clock clock) {
        this.organisation = organisation;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/team")
    String team(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) UUID team, Model model) {
        List<IpsTeamSummary> teams = user.staffMemberId() == null ? List.of()
                : organisation.ipsTeamsOf(user.staffMemberId());
        IpsTeamSummary shown = teams.stream().filter(summary -> team == null || summary.id().equals(team)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("teams", teams);
        model.addAttribute("team", shown);
        model.addAttribute("today", today);
        model.addAttribute("figures", figures.of(shown.id(), today));
        return "reporting/team";
    }
}
