package fi.placera.reporting.web;

import fi.placera.clients.ClientDirectory;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamCoach;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.IpsModel;
import fi.placera.reporting.Outcomes;
import fi.placera.reporting.Outcomes.Outcome;
import fi.placera.reporting.Outcomes.Period;
import fi.placera.reporting.Outcomes.Scope;
import fi.placera.reporting.internal.TeamFigures;
import fi.placera.reporting.internal.TeamFigures.Figure;
import fi.placera.reporting.internal.TeamFigures.Figures;
import fi.placera.worktime.CoachTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The team leader's view of their IPS team: figures for steering the team's work, never a ranking of coaches.
 * Each count links to the clients behind it; a name is shown only where the access decision allows.
 */
@Controller
class TeamViewController {

    private static final List<Figure> PHASES = List.of(Figure.REFERRED, Figure.ENROLLED, Figure.WORKING, Figure.ENDED);
    private static final List<Figure> DUE = List.of(Figure.SUPPORT_OVERDUE, Figure.REVIEWS_OVERDUE);
    private static final int YEAR_DAYS = 365;

    private final Organisation organisation;
    private final TeamFigures figures;
    private final ClientDirectory clients;
    private final CoachTime coachTime;
    private final Outcomes outcomes;
    private final Clock clock;

    TeamViewController(Organisation organisation, TeamFigures figures, ClientDirectory clients, CoachTime coachTime,
            Outcomes outcomes, Clock clock) {
        this.organisation = organisation;
        this.figures = figures;
        this.clients = clients;
        this.coachTime = coachTime;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @GetMapping("/team")
    String team(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) UUID team, Model model) {
        IpsTeamSummary shown = teamOf(user, team);
        LocalDate today = LocalDate.now(clock);
        Figures teamFigures = figures.of(shown.id(), today);
        model.addAttribute("teams", organisation.ipsTeamsOf(user.staffMemberId()));
        model.addAttribute("team", shown);
        model.addAttribute("today", today);
        model.addAttribute("figures", teamFigures);
        model.addAttribute("phaseFigures", PHASES);
        model.addAttribute("dueFigures", DUE);
        // the outcome report's own figures, from its one implementation: this quarter so far and the last year
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        List<Outcome> quarterAndYear = outcomes.of(Scope.team(shown.id()),
                List.of(new Period(quarterStart, today), new Period(today.minusDays(YEAR_DAYS - 1), today)));
        model.addAttribute("quarter", quarterAndYear.get(0));
        model.addAttribute("year", quarterAndYear.get(1));
        model.addAttribute("quarterFrom", FormValues.typed(quarterStart));
        model.addAttribute("quarterTo", FormValues.typed(today));
        model.addAttribute("time", timeOf(shown, today));
        return "reporting/team";
    }

    /** The clients behind one figure, each with their coach and the day that counts. */
    @GetMapping("/team/figures/{figure}")
    String rows(@AuthenticationPrincipal PlaceraUser user, @PathVariable Figure figure,
            @RequestParam(required = false) UUID team, Model model) {
        IpsTeamSummary shown = teamOf(user, team);
        LocalDate today = LocalDate.now(clock);
        List<TeamFigures.Row> rows = figures.rowsOf(shown.id(), today, figure);
        Map<UUID, String> visible = clients.namesOf(user, rows.stream().map(TeamFigures.Row::clientId).toList(),
                "team figure");
        model.addAttribute("team", shown);
        model.addAttribute("today", today);
        model.addAttribute("figure", figure);
        model.addAttribute("rows", rows);
        model.addAttribute("clientNames", visible);
        model.addAttribute("coachNames", organisation.coachesOf(shown.id()).stream()
                .collect(Collectors.toMap(TeamCoach::staffMemberId, TeamCoach::fullName, (a, b) -> a)));
        return "reporting/figure-rows";
    }

    /** The coaches' recorded time over the same weeks as care-team attendance (fidelity S2 and V13). */
    private CoachTime.Shares timeOf(IpsTeamSummary team, LocalDate today) {
        LocalDate thisWeek = CoachTime.mondayOf(today);
        return coachTime.sharesOf(organisation.coachesOf(team.id()).stream().map(TeamCoach::staffMemberId).toList(),
                thisWeek.minusWeeks(IpsModel.CARE_TEAM_ATTENDANCE_WEEKS - 1), thisWeek);
    }

    private IpsTeamSummary teamOf(PlaceraUser user, UUID team) {
        return organisation.ipsTeamOf(user.staffMemberId(), team)
                .orElseThrow(NotFound::new);
    }
}
