package fi.placera.research.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import fi.placera.platform.NotFound;
import fi.placera.reporting.Outcomes.Period;
import fi.placera.research.Studies;
import fi.placera.research.Study;
import fi.placera.research.internal.StudyOverviews;
import fi.placera.research.internal.StudyOverviews.Granularity;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluator's view of a study: outcomes, fidelity and costs of its areas, collaboration models and teams, over
 * its years or quarters. Only the study's own evaluators see it; for anyone else the study does not exist.
 */
@Controller
class EvaluatorViewController {

    /** The outcome fields compared over time, in this order. */
    static final List<String> COMPARED = List.of("served", "employment_rate", "job_starts",
            "days_to_first_employer_contact_mean", "employer_contacts_per_coach_week");
    /** The fields of a team's line over the whole study period. */
    static final List<String> TEAM_FIELDS = List.of("served", "worked", "employment_rate", "job_starts");

    private final Studies studies;
    private final StudyOverviews overviews;
    private final Organisation organisation;

    EvaluatorViewController(Studies studies, StudyOverviews overviews, Organisation organisation) {
        this.studies = studies;
        this.overviews = overviews;
        this.organisation = organisation;
    }

    @GetMapping("/research/studies/{id}/overview")
    String overview(@AuthenticationPrincipal PlaceraUser user, @PathVariable long id,
            @RequestParam(name = "by", defaultValue = "YEAR") String by, Locale locale, Model model) {
        Study study = studies.find(id).filter(found -> studies.isEvaluator(user, found))
                .orElseThrow(NotFound::new);
        Granularity granularity = "QUARTER".equals(by) ? Granularity.QUARTER : Granularity.YEAR;
        StudyOverviews.Overview overview = overviews.of(study, granularity);
        model.addAttribute("overview", overview);
        model.addAttribute("granularity", granularity.name());
        model.addAttribute("labels", overview.periods().stream().map(period -> label(period, granularity)).toList());
        model.addAttribute("areaNames", organisation.areas().stream().collect(Collectors.toMap(WelfareArea::code,
                area -> "sv".equals(locale.getLanguage()) ? area.nameSv() : area.nameFi())));
        model.addAttribute("compared", COMPARED);
        model.addAttribute("teamFields", TEAM_FIELDS);
        return "research/evaluator-overview";
    }

    /** A year, or a year and quarter; the study's first and last periods may be cut at its dates. */
    private static String label(Period period, Granularity granularity) {
        return granularity == Granularity.YEAR ? String.valueOf(period.from().getYear())
                : period.from().getYear() + " Q" + period.from().get(IsoFields.QUARTER_OF_YEAR);
    }
}
