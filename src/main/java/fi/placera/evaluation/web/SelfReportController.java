package fi.placera.evaluation.web;

import static fi.placera.platform.web.FormValues.date;

import fi.placera.evaluation.SelfReports;
import fi.placera.evaluation.SelfReports.Kind;
import fi.placera.evaluation.SelfReports.SelfReport;
import fi.placera.evaluation.internal.SelfReportPdf;
import fi.placera.evaluation.internal.TeamAccess;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
import fi.placera.evaluation.TeamCosts;
import fi.placera.reporting.Outcomes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Self-evaluations and interim reports of the team's regional trial: the structured form per period and its PDF with
 * the period's outcome figures attached. The team's coaches and leader write them and submit them, after which they are
 * read-only (decision 0085); nothing outside the team reads them here (the area's report and the study's evaluators
 * read the submitted ones without the team's figures).
 */
@Controller
class SelfReportController {

    private final TeamAccess access;
    private final SelfReports reports;
    private final Outcomes outcomes;
    private final TeamCosts costs;
    private final SelfReportPdf pdf;
    private final Clock clock;

    SelfReportController(TeamAccess access, SelfReports reports, Outcomes outcomes, SelfReportPdf pdf, TeamCosts costs,
            Clock clock) {
        this.costs = costs;
        this.access = access;
        this.reports = reports;
        this.outcomes = outcomes;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The form as typed. */
    record ReportInput(String team, String key, String version, String kind, String from, String to, String whatWorked,
            String forWhom, String circumstances, String barriers, String changesMade) {

        static ReportInput of(String team, SelfReport report) {
            return new ReportInput(team, "", Integer.toString(report.version()), report.kind().name(),
                    FormValues.typed(report.from()), FormValues.typed(report.to()), text(report.whatWorked()),
                    text(report.forWhom()), text(report.circumstances()), text(report.barriers()),
                    text(report.changesMade()));
        }

        private static String text(String text) {
            return text == null ? "" : text;
        }
    }

    @GetMapping("/evaluation/self-reports/new")
    String newReport(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) String team,
            Model model) {
        IpsTeamSummary shown = inside(user, team);
        LocalDate today = LocalDate.now(clock);
        return form(shown, null, new ReportInput(shown.code(), UUID.randomUUID().toString(), "-1",
                Kind.SELF_EVALUATION.name(), FormValues.typed(today.minusMonths(6)), FormValues.typed(today), "", "", "",
                "", ""), new MapBindingResult(new HashMap<>(), "report"), model);
    }

    @PostMapping("/evaluation/self-reports")
    String create(@AuthenticationPrincipal PlaceraUser user, ReportInput input, Model model) {
        return save(user, null, input, model);
    }

    @GetMapping("/evaluation/self-reports/{id}")
    String edit(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        SelfReport report = readable(user, id);
        IpsTeamSummary team = teamOf(user, report);
        return form(team, report, ReportInput.of(team.code(), report), new MapBindingResult(new HashMap<>(), "report"),
                model);
    }

    @PostMapping("/evaluation/self-reports/{id}")
    String update(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, ReportInput input, Model model) {
        readable(user, id);
        return save(user, id, input, model);
    }

    /** Submits the report as read (its version): from now on it is read-only and reaches the area and THL. */
    @PostMapping("/evaluation/self-reports/{id}/submit")
    String submit(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @RequestParam(required = false) String version,
            Model model) {
        SelfReport report = readable(user, id);
        IpsTeamSummary team = teamOf(user, report);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "report");
        if (!Forms.saved(errors, () -> reports.submit(id, parse(version), user.accountId()))) {
            return form(team, report, ReportInput.of(team.code(), report), errors, model);
        }
        return "redirect:/evaluation/self-reports/" + id + "?submitted";
    }

    @GetMapping("/evaluation/self-reports/{id}/report.pdf")
    void download(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Locale locale,
            HttpServletResponse response) throws IOException {
        SelfReport report = readable(user, id);
        IpsTeamSummary team = teamOf(user, report);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader("Content-Disposition", "attachment; filename=\"self-evaluation.pdf\"");
        int year = report.to().getYear();
        Optional<SelfReportPdf.YearCosts> yearCosts = costs.of(team.id(), year).map(stored -> {
            Outcomes.Outcome outcome = outcomes.of(Outcomes.Scope.team(team.id()), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31));
            return new SelfReportPdf.YearCosts(year, stored, TeamCosts.Figures.of(stored, outcome),
                    costs.byTime(team.id(), stored, outcome));
        });
        pdf.write(team, report, outcomes.of(Outcomes.Scope.team(team.id()), report.from(), report.to()), yearCosts,
                locale, response.getOutputStream());
    }

    private String save(PlaceraUser user, UUID id, ReportInput input, Model model) {
        IpsTeamSummary team = inside(user, input.team());
        BindingResult errors = new MapBindingResult(new HashMap<>(), "report");
        Optional<LocalDate> from = date(input.from(), "from", errors);
        Optional<LocalDate> to = date(input.to(), "to", errors);
        Optional<Kind> kind = FormValues.choice(Kind.class, input.kind(), "kind", errors);
        int version = parse(input.version());
        UUID key = Optional.ofNullable(FormValues.uuid(input.key())).orElseGet(UUID::randomUUID);
        AtomicReference<UUID> saved = new AtomicReference<>();
        if (!Forms.saved(errors, () -> saved.set(reports.save(SelfReport.typed(id, version, team.id(), team.areaId(),
                kind.get(), from.get(), to.get(), input.whatWorked(), input.forWhom(), input.circumstances(),
                input.barriers(), input.changesMade()), key, user.accountId())))) {
            return form(team, id == null ? null : reports.find(id).orElse(null), input, errors, model);
        }
        return "redirect:/evaluation/self-reports/" + saved.get() + "?saved";
    }

    private String form(IpsTeamSummary team, SelfReport report, ReportInput input, BindingResult errors, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("owner", team.name());
        model.addAttribute("base", "/evaluation/self-reports");
        model.addAttribute("report", report);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Kind.values());
        return "evaluation/self-report";
    }

    private IpsTeamSummary teamOf(PlaceraUser user, SelfReport report) {
        return access.teams(user).stream().filter(t -> t.id().equals(report.ipsTeamId())).findFirst()
                .orElseThrow(NotFound::new);
    }

    private SelfReport readable(PlaceraUser user, UUID id) {
        SelfReport report = reports.find(id).filter(found -> !found.ofArea()).orElseThrow(NotFound::new);
        boolean inside = access.teams(user).stream()
                .anyMatch(team -> team.id().equals(report.ipsTeamId()) && access.inside(user, team));
        if (!inside) {
            throw new NotFound();
        }
        return report;
    }

    private IpsTeamSummary inside(PlaceraUser user, String code) {
        IpsTeamSummary team = access.team(user, code);
        if (!access.inside(user, team)) {
            throw new NotFound();
        }
        return team;
    }

    static int parse(String version) {
        try {
            return Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
