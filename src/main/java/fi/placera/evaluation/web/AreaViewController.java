package fi.placera.evaluation.web;

import fi.placera.evaluation.SelfReports;
import fi.placera.evaluation.internal.AreaOverview;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.Organisation;
import fi.placera.platform.IpsModel;
import fi.placera.platform.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The manager's view of their welfare area: each IPS team against the model, its fidelity, outcomes, waiting list and
 * costs (decision 0081), the self-evaluations and interim reports its teams submitted and the area's own (0085). Figures about teams, never about one coach, with small cells hidden as outside the team.
 */
@Controller
class AreaViewController {

    /** The outcome figures shown per quarter, in this order. */
    static final List<String> QUARTER_FIELDS = List.of("served", "enrolled", "job_starts", "employment_rate");

    private final AreaOverview overview;
    private final Organisation organisation;
    private final SelfReports selfReports;
    private final Clock clock;

    AreaViewController(AreaOverview overview, Organisation organisation, SelfReports selfReports, Clock clock) {
        this.selfReports = selfReports;
        this.overview = overview;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/evaluation/area")
    String area(@AuthenticationPrincipal PlaceraUser user, Model model) {
        if (!user.has(Role.MANAGER) || user.areaId() == null) {
            throw new NotFound();
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("area", organisation.area(user.areaId()).orElseThrow(NotFound::new));
        model.addAttribute("teams", overview.of(user.areaId(), today));
        model.addAttribute("areaReports", selfReports.ofArea(user.areaId()));
        model.addAttribute("today", today);
        model.addAttribute("quarterFields", QUARTER_FIELDS);
        model.addAttribute("minStaff", IpsModel.TEAM_MIN_STAFF);
        model.addAttribute("weeksChecked", IpsModel.TEAM_MEETING_WEEKS_CHECKED);
        return "evaluation/area";
    }
}
