package fi.placera.reporting.web;

import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.typed;

import fi.placera.identity.PlaceraUser;
import fi.placera.platform.IpsModel;
import fi.placera.platform.Rejection;
import fi.placera.platform.web.Formats;
import fi.placera.reporting.internal.OutcomeReports;
import fi.placera.reporting.internal.OutcomeReports.Quarter;
import fi.placera.reporting.internal.OutcomeReports.Report;
import fi.placera.reporting.internal.OutcomeReports.ReportWithTrend;
import fi.placera.reporting.internal.OutcomeReports.Subject;
import fi.placera.reporting.ZeroExclusionFigures;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outcome report page: a period picker with quarter shortcuts, the figures, quarterly trend charts each
 * with its data table, and CSV and XLSX downloads of the same figures.
 */
@Controller
class OutcomeReportController {

    /** Fields shown as percentages on the page; in the downloads and the API they are shares with four decimals. */
    static final Set<String> SHARES = Set.of("employment_rate", "employment_rate_out_of_work_at_entry",
            "contacts_client_preference_share");
    private static final int SHORTCUT_QUARTERS = 4;

    private final OutcomeReports reports;
    private final OutcomePdf pdf;
    private final OutcomeSheets sheets;
    private final MessageSource messages;
    private final Formats formats;
    private final ZeroExclusionFigures zeroExclusion;
    private final Clock clock;

    OutcomeReportController(OutcomeReports reports, OutcomePdf pdf, OutcomeSheets sheets, MessageSource messages,
            Formats formats, ZeroExclusionFigures zeroExclusion, Clock clock) {
        this.zeroExclusion = zeroExclusion;
        this.reports = reports;
        this.pdf = pdf;
        this.sheets = sheets;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    /** The picked subject, as one choice value: team:CODE, area:CODE or national. */
    record PeriodInput(String subject, String from, String to) {

        String teamCode() {
            return subject != null && subject.startsWith("team:") ? subject.substring(5) : null;
        }

        String areaCode() {
            return subject != null && subject.startsWith("area:") ? subject.substring(5) : null;
        }
    }

    /** A quarter shortcut: its label and its first and last day. */
    record Shortcut(String label, String from, String to) {
    }

    @GetMapping("/reports/outcomes")
    String page(@AuthenticationPrincipal PlaceraUser user, PeriodInput input, Model model) {
        LocalDate today = LocalDate.now(clock);
        Subject subject = reports.subject(user, input.teamCode(), input.areaCode());
        PeriodInput period = input.from() == null && input.to() == null ? opening(input, subject, today) : input;
        BindingResult errors = new MapBindingResult(new HashMap<>(), "period");
        Optional<LocalDate> from = date(period.from(), "from", errors);
        Optional<LocalDate> to = date(period.to(), "to", errors);
        model.addAttribute("choices", reports.choices(user));
        model.addAttribute("subject", subject);
        model.addAttribute("input", period);
        model.addAttribute("shortcuts", shortcuts(today));
        model.addAttribute("errors", errors);
        if (!errors.hasErrors()) {
            try {
                showReport(user, subject, from.get(), to.get(), model);
            } catch (Rejection rejection) {
                rejection.applyTo(errors);
            }
        }
        return "reporting/outcomes";
    }

    /**
     * The period the page opens on: the latest quarter that has data, so that a reader does not land on an empty
     * quarter (a new quarter, or a team whose records end earlier); the last whole quarter when none has.
     */
    private PeriodInput opening(PeriodInput input, Subject subject, LocalDate today) {
        LocalDate lastQuarter = today.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3);
        LocalDate from = reports.latestWithData(subject, today).map(Quarter::firstDay).orElse(lastQuarter);
        return new PeriodInput(input.subject(), typed(from), typed(from.plusMonths(3).minusDays(1)));
    }

    private void showReport(PlaceraUser user, Subject subject, LocalDate from, LocalDate to, Model model) {
        ReportWithTrend read = reports.reportWithTrend(user, subject.teamCode(), subject.areaCode(), from, to);
        Report report = read.report();
        model.addAttribute("report", report);
        model.addAttribute("shares", SHARES);
        model.addAttribute("charts", charts(read.trend()));
        model.addAttribute("exclusion", zeroExclusion.of(subject.scope(), from, to, subject.suppressed()));
        model.addAttribute("download", Map.of("team", Optional.ofNullable(subject.teamCode()).orElse(""),
                "area", Optional.ofNullable(subject.areaCode()).orElse(""), "from", from.toString(), "to", to.toString()));
    }

    /** The employment rate against the IPS benchmarks, job starts, and days to the first employer contact. */
    private List<TrendChart> charts(List<Quarter> trend) {
        return List.of(
                TrendChart.of("chart-rate", "report.chart.employment-rate", trend, "employment_rate", BigDecimal.ONE,
                        IpsModel.EMPLOYMENT_RATE_BANDS, formats),
                TrendChart.of("chart-starts", "report.chart.job-starts", trend, "job_starts",
                        TrendChart.scaleFor(trend, "job_starts"), List.of(), formats),
                TrendChart.of("chart-days", "report.chart.days-to-contact", trend, "days_to_first_employer_contact_mean",
                        TrendChart.scaleFor(trend, "days_to_first_employer_contact_mean"), List.of(), formats));
    }

    private static List<Shortcut> shortcuts(LocalDate today) {
        LocalDate quarter = today.with(IsoFields.DAY_OF_QUARTER, 1);
        return java.util.stream.IntStream.rangeClosed(0, SHORTCUT_QUARTERS)
                .mapToObj(back -> quarter.minusMonths(3L * back))
                .map(start -> new Shortcut(start.getYear() + " Q" + start.get(IsoFields.QUARTER_OF_YEAR), typed(start),
                        typed(start.plusMonths(3).minusDays(1))))
                .toList();
    }

    /** The figures for people: labels in the reader's language, values as the page shows them (decision 0042). */
    @GetMapping("/reports/outcomes.csv")
    void csv(@AuthenticationPrincipal PlaceraUser user, Download request, Locale locale, HttpServletResponse response)
            throws IOException {
        Report report = download(user, request);
        attachment(response, "text/csv; charset=UTF-8", report, "csv");
        sheets.csv(sheets.rows(report, subjectName(report, locale), locale), locale, response.getOutputStream());
    }

    @GetMapping("/reports/outcomes.xlsx")
    void xlsx(@AuthenticationPrincipal PlaceraUser user, Download request, Locale locale, HttpServletResponse response)
            throws IOException {
        Report report = download(user, request);
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report, "xlsx");
        sheets.xlsx(sheets.rows(report, subjectName(report, locale), locale), locale, response.getOutputStream());
    }

    /** The quarterly report for the steering group: the figures and the trend charts, generated on request. */
    @GetMapping("/reports/outcomes.pdf")
    void pdf(@AuthenticationPrincipal PlaceraUser user, Download request, Locale locale, HttpServletResponse response)
            throws IOException {
        ReportWithTrend read = downloaded(() -> reports.reportWithTrend(user, blankToNull(request.team()),
                blankToNull(request.area()), request.from(), request.to()));
        Report report = read.report();
        attachment(response, "application/pdf", report, "pdf");
        pdf.write(report, subjectName(report, locale), charts(read.trend()), LocalDate.now(clock), locale,
                response.getOutputStream());
    }

    private String subjectName(Report report, Locale locale) {
        return report.subject().teamCode() == null && report.subject().areaCode() == null
                ? messages.getMessage("report.national", null, locale) : report.subject().name(locale);
    }

    /** What a download asks for: a team or an area code (neither = the user's first choice) and ISO days. */
    record Download(String team, String area, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    }

    /** The report to download. */
    private Report download(PlaceraUser user, Download request) {
        return downloaded(() -> reports.report(user, blankToNull(request.team()), blankToNull(request.area()),
                request.from(), request.to()));
    }

    /** What a download reads; a bad period is a 400 (the page explains it, a download cannot). */
    private static <T> T downloaded(Supplier<T> read) {
        try {
            return read.get();
        } catch (Rejection rejection) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, rejection.messageKey());
        }
    }

    private static void attachment(HttpServletResponse response, String type, Report report, String extension) {
        String who = Optional.ofNullable(report.subject().teamCode())
                .or(() -> Optional.ofNullable(report.subject().areaCode())).orElse("national");
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("outcomes-" + who + "-" + report.from().format(DateTimeFormatter.ISO_DATE) + "-"
                        + report.to().format(DateTimeFormatter.ISO_DATE) + "." + extension)
                .build().toString());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
