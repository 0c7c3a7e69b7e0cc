package fi.placera.research.web;

import fi.placera.evaluation.SelfReportExports;
import fi.placera.evaluation.SelfReports;
import fi.placera.evaluation.SelfReports.SelfReport;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.Organisation;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import fi.placera.research.Studies;
import fi.placera.research.Study;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The submitted self-evaluations and interim reports of a study's areas, the teams' and the areas' own (decision
 * 0085): read, downloaded as PDF or as THL's JSON, and acknowledged by the study's evaluators. A draft, a report of an
 * area outside the study, and the study itself for anyone but its evaluators are not found.
 */
@Controller
class StudyReportsController {

    private static final String BASE = "/research/studies/{id}/reports";

    private final Studies studies;
    private final SelfReports reports;
    private final SelfReportExports exports;
    private final Organisation organisation;

    StudyReportsController(Studies studies, SelfReports reports, SelfReportExports exports,
            Organisation organisation) {
        this.studies = studies;
        this.reports = reports;
        this.exports = exports;
        this.organisation = organisation;
    }

    @GetMapping(BASE)
    String list(@AuthenticationPrincipal PlaceraUser user, @PathVariable long id, Locale locale, Model model) {
        Study study = studyOf(user, id);
        List<SelfReport> submitted = reports.submittedIn(areasOf(study));
        model.addAttribute("study", study);
        model.addAttribute("reports", submitted);
        model.addAttribute("whose", whose(submitted, locale));
        return "research/study-reports";
    }

    @GetMapping(BASE + "/{report}")
    String show(@AuthenticationPrincipal PlaceraUser user, @PathVariable long id, @PathVariable UUID report,
            Locale locale, Model model) {
        Study study = studyOf(user, id);
        return page(study, reportOf(study, report), new MapBindingResult(new HashMap<>(), "report"), locale, model);
    }

    @PostMapping(BASE + "/{report}/acknowledge")
    String acknowledge(@AuthenticationPrincipal PlaceraUser user, @PathVariable long id, @PathVariable UUID report,
            Locale locale, Model model) {
        Study study = studyOf(user, id);
        SelfReport found = reportOf(study, report);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "report");
        if (!Forms.saved(errors, () -> reports.acknowledge(report, user.accountId()))) {
            return page(study, found, errors, locale, model);
        }
        return "redirect:/research/studies/" + id + "/reports/" + report + "?acknowledged";
    }

    @GetMapping(BASE + "/{report}/report.pdf")
    void pdf(@AuthenticationPrincipal PlaceraUser user, @PathVariable long id, @PathVariable UUID report,
            Locale locale, HttpServletResponse response) throws IOException {
        SelfReport found = reportOf(studyOf(user, id), report);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader("Content-Disposition", "attachment; filename=\"self-report-" + report + ".pdf\"");
        exports.pdf(found, locale, response.getOutputStream());
    }

    /** THL's structured document (decision 0085 describes its shape and version). */
    @GetMapping(value = BASE + "/{report}/report.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SelfReportExports.Document> json(@AuthenticationPrincipal PlaceraUser user, @PathVariable long id,
            @PathVariable UUID report) {
        SelfReport found = reportOf(studyOf(user, id), report);
        return ResponseEntity.ok().header("Content-Disposition",
                "attachment; filename=\"self-report-" + report + ".json\"").body(exports.document(found));
    }

    private String page(Study study, SelfReport report, BindingResult errors, Locale locale, Model model) {
        model.addAttribute("study", study);
        model.addAttribute("report", report);
        model.addAttribute("assembled", reports.assembled(report));
        model.addAttribute("whose", whose(List.of(report), locale));
        model.addAttribute("teamNames", teamNames(areasOf(study)));
        model.addAttribute("errors", errors);
        return "research/study-report";
    }

    private Study studyOf(PlaceraUser user, long id) {
        return studies.find(id).filter(found -> studies.isEvaluator(user, found)).orElseThrow(NotFound::new);
    }

    /** A submitted report of one of the study's areas; anything else is not found. */
    private SelfReport reportOf(Study study, UUID id) {
        return reports.find(id).filter(report -> !report.draft() && study.covers(report.areaId()))
                .orElseThrow(NotFound::new);
    }

    private static List<Short> areasOf(Study study) {
        return study.areaIds().stream().map(Long::shortValue).toList();
    }

    /** Whose each report is, by its id: its area's name or its team's. */
    private Map<UUID, String> whose(List<SelfReport> shown, Locale locale) {
        Map<UUID, String> whose = new HashMap<>();
        for (SelfReport report : shown) {
            whose.put(report.id(), report.ofArea()
                    ? organisation.area(report.areaId()).map(area -> area.name(locale)).orElse("–")
                    : organisation.ipsTeamName(report.ipsTeamId()).orElse("–"));
        }
        return whose;
    }

    private Map<UUID, String> teamNames(List<Short> areas) {
        Map<UUID, String> names = new HashMap<>();
        areas.forEach(area -> organisation.ipsTeamsIn(area).forEach(team -> names.put(team.id(), team.name())));
        return names;
    }
}
