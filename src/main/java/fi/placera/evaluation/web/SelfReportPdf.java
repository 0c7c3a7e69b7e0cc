package fi.placera.evaluation.web;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fi.placera.evaluation.SelfReports.SelfReport;
import fi.placera.evaluation.TeamCosts.ByTime;
import fi.placera.evaluation.TeamCosts.CoachShare;
import fi.placera.evaluation.TeamCosts.Costs;
import fi.placera.evaluation.TeamCosts.Figures;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.platform.web.Formats;
import fi.placera.reporting.Outcomes.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A self-evaluation or interim report as a PDF: the team and period, the five answers of the form, and the period's
 * outcome figures (the team's own, in full) from the outcome report, and the costs of the year the period ends in
 * with the cost per result, apportioned by recorded time, and how it was computed. OpenPDF's standard fonts cover
 * Finnish and Swedish.
 */
@Component
class SelfReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);

    private final MessageSource messages;
    private final Formats formats;

    SelfReportPdf(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** The costs of one year with what they make with the outcome report of that year. */
    record YearCosts(int year, Costs costs, Figures figures, Optional<ByTime> byTime) {
    }

    void write(IpsTeamSummary team, SelfReport report, Outcome outcome, Optional<YearCosts> costs, Locale locale,
            OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        String title = text("evaluation.self-report.kind." + report.kind().name(), locale);
        document.addTitle(title + " – " + team.name());
        document.open();
        document.add(new Paragraph(title, TITLE));
        document.add(new Paragraph(team.name() + ", " + formats.date(report.from()) + "–" + formats.date(report.to()),
                HEADING));
        section(document, "evaluation.self-report.whatWorked", report.whatWorked(), locale);
        section(document, "evaluation.self-report.forWhom", report.forWhom(), locale);
        section(document, "evaluation.self-report.circumstances", report.circumstances(), locale);
        section(document, "evaluation.self-report.barriers", report.barriers(), locale);
        section(document, "evaluation.self-report.changesMade", report.changesMade(), locale);
        document.add(new Paragraph(text("evaluation.self-report.outcomes", locale), HEADING));
        PdfPTable table = new PdfPTable(new float[] {4, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (List<String> row : figures(outcome, locale)) {
            table.addCell(new PdfPCell(new Phrase(row.get(0), BODY)));
            table.addCell(new PdfPCell(new Phrase(row.get(1), BODY)));
        }
        document.add(table);
        costs.ifPresent(year -> costs(document, year, locale));
        document.close();
    }

    private void costs(Document document, YearCosts year, Locale locale) {
        document.add(new Paragraph(text("evaluation.self-report.costs", locale, Integer.toString(year.year())),
                HEADING));
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
        PdfPTable table = new PdfPTable(new float[] {4, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (List<String> row : rows) {
            table.addCell(new PdfPCell(new Phrase(row.get(0), BODY)));
            table.addCell(new PdfPCell(new Phrase(row.get(1), BODY)));
        }
        document.add(table);
        document.add(new Paragraph(text("evaluation.costs.assumptions", locale, Integer.toString(figures.worked()),
                formats.number(year.costs().monthsInWork()), formats.number(year.costs().benefitPerMonth()),
                formats.number(year.costs().carePerMonth())), BODY));
        year.byTime().ifPresentOrElse(
                byTime -> document.add(new Paragraph(text("evaluation.costs.by-time.assumptions", locale,
                        formats.number(byTime.salaryPerFte()), Integer.toString(year.year())), BODY)),
                () -> document.add(new Paragraph(text("evaluation.costs.by-time.none", locale), BODY)));
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

    private void section(Document document, String key, String value, Locale locale) {
        document.add(new Paragraph(text(key, locale), HEADING));
        document.add(new Paragraph(value == null ? "–" : value, BODY));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}
