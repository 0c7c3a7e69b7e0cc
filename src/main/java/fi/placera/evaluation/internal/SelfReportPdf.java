package fi.placera.evaluation.internal;

import fi.placera.evaluation.SelfReports.Assembled;
import fi.placera.evaluation.SelfReports.SelfReport;
import fi.placera.evaluation.TeamCosts.ByTime;
import fi.placera.evaluation.TeamCosts.CoachShare;
import fi.placera.evaluation.TeamCosts.Costs;
import fi.placera.evaluation.TeamCosts.Figures;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.platform.pdf.PdfBuilder;
import fi.placera.platform.web.Formats;
import fi.placera.reporting.Outcomes.Outcome;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A self-evaluation or interim report as a PDF: the team and period, the five answers of the form, and the period's
 * outcome figures (the team's own, in full) from the outcome report, and the costs of the year the period ends in
 * with the cost per result, apportioned by recorded time, and how it was computed. For readers outside the team
 * (an area's report, an evaluator) the texts only: the area's own and each team's it assembles, without the team's
 * figures in full (the study's overview has them with small cells hidden).
 */
@Component
public class SelfReportPdf {

    private final MessageSource messages;
    private final Formats formats;

    SelfReportPdf(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** The costs of one year with what they make with the outcome report of that year. */
    public record YearCosts(int year, Costs costs, Figures figures, Optional<ByTime> byTime) {
    }

    public void write(IpsTeamSummary team, SelfReport report, Outcome outcome, Optional<YearCosts> costs, Locale locale,
            OutputStream out) {
        String title = text("evaluation.self-report.kind." + report.kind().name(), locale);
        try (PdfBuilder pdf = PdfBuilder.open(out, title + " – " + team.name(), locale)) {
            pdf.title(title);
            pdf.strong(team.name() + ", " + formats.date(report.from()) + "–" + formats.date(report.to()));
            answers(pdf, report, locale);
            pdf.heading(text("evaluation.self-report.outcomes", locale));
            twoColumns(pdf, figures(outcome, locale));
            costs.ifPresent(year -> costs(pdf, year, locale));
        }
    }

    /**
     * A report for readers outside the team: its texts, and for an area's report each team's it assembles.
     *
     * @param names the area's or team's name of each report by its id
     */
    void write(Assembled assembled, Map<UUID, String> names, Locale locale, OutputStream out) {
        SelfReport report = assembled.report();
        String title = text("evaluation.self-report.kind." + report.kind().name(), locale);
        String name = names.get(report.id());
        try (PdfBuilder pdf = PdfBuilder.open(out, title + " – " + name, locale)) {
            pdf.title(title);
            pdf.strong(name + ", " + formats.date(report.from()) + "–" + formats.date(report.to()));
            pdf.note(text("evaluation.self-report.state." + report.state().name(), locale));
            answers(pdf, report, locale);
            for (SelfReport team : assembled.teams()) {
                pdf.heading(names.get(team.id()) + ", " + formats.date(team.from()) + "–" + formats.date(team.to()));
                answers(pdf, team, locale);
            }
        }
    }

    private void answers(PdfBuilder pdf, SelfReport report, Locale locale) {
        section(pdf, "evaluation.self-report.whatWorked", report.whatWorked(), locale);
        section(pdf, "evaluation.self-report.forWhom", report.forWhom(), locale);
        section(pdf, "evaluation.self-report.circumstances", report.circumstances(), locale);
        section(pdf, "evaluation.self-report.barriers", report.barriers(), locale);
        section(pdf, "evaluation.self-report.changesMade", report.changesMade(), locale);
    }

    private static void twoColumns(PdfBuilder pdf, List<List<String>> rows) {
        pdf.table(new float[] {4, 2}, List.of(), rows, java.util.Set.of(1));
    }

    private void costs(PdfBuilder pdf, YearCosts year, Locale locale) {
        pdf.heading(text("evaluation.self-report.costs", locale, Integer.toString(year.year())));
        List<List<String>> rows = new ArrayList<>();
        Figures figures = year.figures();
        rows.add(List.of(text("evaluation.costs.total", locale), euros(figures.total())));
        rows.add(List.of(text("evaluation.costs.per-client", locale), euros(figures.perClientServed())));
        rows.add(List.of(text("evaluation.costs.per-job-start", locale), euros(figures.perJobStart())));
        rows.add(List.of(text("evaluation.costs.alternative", locale), euros(figures.alternativeCost())));
        year.byTime().ifPresent(byTime -> {
            rows.add(List.of(text("evaluation.costs.by-time.per-fte", locale), euros(byTime.salaryPerFte())));
            for (CoachShare coach : byTime.coaches()) {
                rows.add(List.of(coach.name() + " (" + formats.number(coach.fte()) + ")",
                        (coach.recorded() ? formats.number(coach.share()) + " %"
                                : text("evaluation.costs.by-time.not-recorded", locale)) + ": "
                                + euros(coach.counted()) + " / " + euros(coach.salary())));
            }
            rows.add(List.of(text("evaluation.costs.by-time.other-staff", locale), euros(byTime.otherStaffSalary())));
            rows.add(List.of(text("evaluation.costs.by-time.salary-counted", locale), euros(byTime.salaryCounted())));
            rows.add(List.of(text("evaluation.costs.by-time.other-work", locale), euros(byTime.salaryOnOtherWork())));
            rows.add(List.of(text("evaluation.costs.by-time.non-salary", locale), euros(byTime.nonSalaryCosts())));
            rows.add(List.of(text("evaluation.costs.by-time.ips-cost", locale), euros(byTime.ipsCost())));
            rows.add(List.of(text("evaluation.costs.by-time.per-client", locale), euros(byTime.perClientServed())));
            rows.add(List.of(text("evaluation.costs.by-time.per-job-start", locale), euros(byTime.perJobStart())));
        });
        twoColumns(pdf, rows);
        pdf.note(text("evaluation.costs.assumptions", locale, Integer.toString(figures.worked()),
                formats.number(year.costs().monthsInWork()), formats.number(year.costs().benefitPerMonth()),
                formats.number(year.costs().carePerMonth())));
        year.byTime().ifPresentOrElse(
                byTime -> pdf.note(text("evaluation.costs.by-time.assumptions", locale,
                        formats.number(byTime.salaryPerFte()), Integer.toString(year.year()))),
                () -> pdf.note(text("evaluation.costs.by-time.none", locale)));
    }

    private String euros(BigDecimal amount) {
        return amount == null ? "–" : formats.number(amount) + " €";
    }

    private List<List<String>> figures(Outcome o, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text("evaluation.self-report.figure.served", locale), Integer.toString(o.served())));
        rows.add(List.of(text("evaluation.self-report.figure.enrolled", locale), Integer.toString(o.enrolled())));
        rows.add(List.of(text("evaluation.self-report.figure.worked", locale), Integer.toString(o.worked())));
        rows.add(List.of(text("evaluation.self-report.figure.employment-rate", locale), formats.cell(o.employmentRate(), true)));
        rows.add(List.of(text("evaluation.self-report.figure.job-starts", locale), Integer.toString(o.jobStarts())));
        rows.add(List.of(text("evaluation.self-report.figure.employed-6", locale),
                o.employedAt6Months() + " / " + o.eligibleAt6Months()));
        rows.add(List.of(text("evaluation.self-report.figure.employed-12", locale),
                o.employedAt12Months() + " / " + o.eligibleAt12Months()));
        return rows;
    }

    private void section(PdfBuilder pdf, String key, String value, Locale locale) {
        pdf.heading(text(key, locale));
        pdf.text(value == null ? "–" : value);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}
