package fi.placera.evaluation.web;

import static fi.placera.platform.web.FormValues.date;

import fi.placera.evaluation.SelfReportExports;
import fi.placera.evaluation.SelfReports;
import fi.placera.evaluation.SelfReports.Kind;
import fi.placera.evaluation.SelfReports.SelfReport;
import fi.placera.evaluation.web.SelfReportController.ReportInput;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The welfare area's own self-evaluations and interim reports (issue 27 §4, decision 0085): its managers write the
 * area's text, and the page assembles the submitted reports of the area's teams of the same kind and period. Submitted,
 * it is read-only and reaches the evaluators of the studies covering the area. Another area's report is not found.
 */
@Controller
class AreaReportController {

    private static final String BASE = "/evaluation/area/reports";

    private final SelfReports reports;
    private final SelfReportExports exports;
    private final Organisation organisation;
    private final Clock clock;

    AreaReportController(SelfReports reports, SelfReportExports exports, Organisation organisation, Clock clock) {
        this.reports = reports;
        this.exports = exports;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping(BASE + "/new")
    String newReport(@AuthenticationPrincipal PlaceraUser user, Model model) {
        short area = areaOf(user);
        LocalDate today = LocalDate.now(clock);
        return form(area, null, new ReportInput("", UUID.randomUUID().toString(), "-1", Kind.SELF_EVALUATION.name(),
                FormValues.typed(today.minusMonths(6)), FormValues.typed(today), "", "", "", "", ""),
                new MapBindingResult(new HashMap<>(), "report"), model);
    }

    @PostMapping(BASE)
    String create(@AuthenticationPrincipal PlaceraUser user, ReportInput input, Model model) {
        return save(user, null, input, model);
    }

    @GetMapping(BASE + "/{id}")
    String edit(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        SelfReport report = readable(user, id);
        return form(report.areaId(), report, ReportInput.of("", report),
                new MapBindingResult(new HashMap<>(), "report"), model);
    }

    @PostMapping(BASE + "/{id}")
    String update(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, ReportInput input, Model model) {
        readable(user, id);
        return save(user, id, input, model);
    }

    @PostMapping(BASE + "/{id}/submit")
    String submit(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @RequestParam(required = false) String version,
            Model model) {
        SelfReport report = readable(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "report");
        if (!Forms.saved(errors, () -> reports.submit(id, SelfReportController.parse(version), user.accountId()))) {
            return form(report.areaId(), report, ReportInput.of("", report), errors, model);
        }
        return "redirect:" + BASE + "/" + id + "?submitted";
    }

    @GetMapping(BASE + "/{id}/report.pdf")
    void download(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Locale locale,
            HttpServletResponse response) throws IOException {
        SelfReport report = readable(user, id);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader("Content-Disposition", "attachment; filename=\"area-self-evaluation.pdf\"");
        exports.pdf(report, locale, response.getOutputStream());
    }

    private String save(PlaceraUser user, UUID id, ReportInput input, Model model) {
        short area = areaOf(user);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "report");
        Optional<LocalDate> from = date(input.from(), "from", errors);
        Optional<LocalDate> to = date(input.to(), "to", errors);
        Optional<Kind> kind = FormValues.choice(Kind.class, input.kind(), "kind", errors);
        int version = SelfReportController.parse(input.version());
        UUID key = Optional.ofNullable(FormValues.uuid(input.key())).orElseGet(UUID::randomUUID);
        AtomicReference<UUID> saved = new AtomicReference<>();
        if (!Forms.saved(errors, () -> saved.set(reports.save(SelfReport.typed(id, version, null, area, kind.get(),
                from.get(), to.get(), input.whatWorked(), input.forWhom(), input.circumstances(), input.barriers(),
                input.changesMade()), key, user.accountId())))) {
            return form(area, id == null ? null : reports.find(id).orElse(null), input, errors, model);
        }
        return "redirect:" + BASE + "/" + saved.get() + "?saved";
    }

    private String form(short area, SelfReport report, ReportInput input, BindingResult errors, Model model) {
        model.addAttribute("team", null);
        model.addAttribute("owner", organisation.area(area).map(found -> found.name(LocaleContextHolder.getLocale()))
                .orElseThrow(NotFound::new));
        model.addAttribute("base", BASE);
        model.addAttribute("report", report);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Kind.values());
        if (report != null) {
            model.addAttribute("assembled", reports.assembled(report));
            model.addAttribute("teamNames", teamNames(area));
        }
        return "evaluation/self-report";
    }

    private Map<UUID, String> teamNames(short area) {
        return organisation.ipsTeamsIn(area).stream().collect(Collectors.toMap(IpsTeamSummary::id, IpsTeamSummary::name));
    }

    private SelfReport readable(PlaceraUser user, UUID id) {
        short area = areaOf(user);
        return reports.find(id).filter(report -> report.ofArea() && report.areaId() == area)
                .orElseThrow(NotFound::new);
    }

    /** The manager's own area; for anyone else the area's reports do not exist. */
    private static short areaOf(PlaceraUser user) {
        if (!user.has(Role.MANAGER) || user.areaId() == null) {
            throw new NotFound();
        }
        return user.areaId();
    }
}
