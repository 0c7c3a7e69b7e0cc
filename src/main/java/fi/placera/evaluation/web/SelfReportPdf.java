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
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.platform.web.Formats;
import fi.placera.reporting.Outcomes.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A self-evaluation or interim report as a PDF: the team and period, the five answers of the form, and the period's
 * outcome figures (the team's own, in full) from the outcome report. OpenPDF's standard fonts cover Finnish and
 * Swedish.
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

    void write(IpsTeamSummary team, SelfReport report, Outcome outcome, Locale locale, OutputStream out)
            throws IOException {
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
        document.close();
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

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
