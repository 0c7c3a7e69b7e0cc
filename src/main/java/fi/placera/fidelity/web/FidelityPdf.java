package fi.placera.fidelity.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import fi.placera.fidelity.web.FidelityReportController.Report;
import fi.placera.fidelity.web.ReviewViews.ItemView;
import fi.placera.fidelity.web.ReviewViews.Summary;
import fi.placera.platform.web.Formats;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A review's report as a PDF for the steering group: the team and period, total and band, the item profile as a
 * chart and a table, the trend, each reviewer's own scores and the action plan. OpenPDF's standard fonts cover Finnish and Swedish.
 */
@Component
class FidelityPdf {

    private static final Color BAR = new Color(0x1d, 0x5f, 0xa8);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);

    private final MessageSource messages;
    private final Formats formats;

    FidelityPdf(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    void write(Report report, Locale locale, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text("fidelity.report.title", locale) + " – " + report.team().name());
        document.open();
        document.add(new Paragraph(text("fidelity.report.title", locale), TITLE));
        document.add(new Paragraph(heading(report), new Font(Font.HELVETICA, 12)));
        document.add(new Paragraph(total(report.summary(), locale), HEADING));
        Image chart = Image.getInstance(chart(writer.getDirectContent(), report.profile()));
        document.add(chart);
        document.add(table(locale, new float[] {1, 5, 1}, List.of("fidelity.item", "fidelity.item.name", "fidelity.score"),
                report.items().stream().map(item -> List.of(item.code(), item.text().name(), score(item))).toList()));
        document.add(new Paragraph(text("fidelity.report.trend", locale), HEADING));
        document.add(table(locale, new float[] {3, 1, 2}, List.of("fidelity.period", "fidelity.total", "fidelity.band"),
                report.trend().stream().map(summary -> List.of(period(summary), Integer.toString(summary.total()),
                        band(summary, locale))).toList()));
        document.add(new Paragraph(text("fidelity.reviewer-scores", locale), HEADING));
        document.add(reviewerScores(report, locale));
        document.add(new Paragraph(text("fidelity.action-plan", locale), HEADING));
        document.add(table(locale, new float[] {1, 4, 2, 1}, List.of("fidelity.item", "fidelity.action",
                "fidelity.action.owner", "fidelity.action.due"), report.actionPlan().stream()
                .map(item -> List.of(item.code(), nonNull(item.score().action()), nonNull(item.score().actionOwner()),
                        formats.date(item.score().actionDueOn()))).toList()));
        document.close();
    }

    private String heading(Report report) {
        return report.team().name() + ", " + period(report.summary());
    }

    private String period(Summary summary) {
        return formats.date(summary.review().from()) + "–" + formats.date(summary.review().to());
    }

    private String total(Summary summary, Locale locale) {
        return messages.getMessage("fidelity.total.of", new Object[] {summary.total()}, locale) + " · "
                + band(summary, locale);
    }

    private String band(Summary summary, Locale locale) {
        return summary.band() == null ? text("fidelity.band.none", locale) : summary.band().label(locale);
    }

    private static String score(ItemView item) {
        return item.score().score() == null ? "–" : item.score().score().toString();
    }

    /** Each reviewer's own score of each item before the consensus, and the consensus. */
    private PdfPTable reviewerScores(Report report, Locale locale) {
        List<String> reviewers = report.summary().review().reviewers();
        float[] widths = new float[reviewers.size() + 2];
        Arrays.fill(widths, 2);
        widths[0] = 1;
        List<String> headers = new ArrayList<>();
        headers.add(text("fidelity.item", locale));
        headers.addAll(reviewers);
        headers.add(text("fidelity.score.consensus", locale));
        List<List<String>> rows = report.items().stream().map(item -> {
            List<String> row = new ArrayList<>();
            row.add(item.code());
            for (int position = 0; position < reviewers.size(); position++) {
                Integer own = item.score().reviewerScore(position);
                row.add(own == null ? "–" : own.toString());
            }
            row.add(score(item));
            return row;
        }).toList();
        return table(widths, headers, rows);
    }

    private PdfPTable table(Locale locale, float[] widths, List<String> headerKeys, List<List<String>> rows) {
        return table(widths, headerKeys.stream().map(key -> text(key, locale)).toList(), rows);
    }

    private static PdfPTable table(float[] widths, List<String> headers, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        headers.forEach(header -> {
            PdfPCell cell = new PdfPCell(new Phrase(header, new Font(Font.HELVETICA, 9, Font.BOLD)));
            cell.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            table.addCell(cell);
        });
        rows.forEach(row -> row.forEach(value -> table.addCell(new Phrase(value, BODY))));
        return table;
    }

    /** The chart in the page's coordinates: PDF's y axis grows upwards, the SVG's downwards. */
    private static PdfTemplate chart(PdfContentByte canvas, ScoreChart chart) throws IOException {
        PdfTemplate template = canvas.createTemplate(ScoreChart.WIDTH, ScoreChart.HEIGHT);
        BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        for (ScoreChart.Bar bar : chart.bars()) {
            template.setColorFill(BAR);
            template.rectangle(bar.x(), ScoreChart.HEIGHT - bar.y() - bar.height(), bar.width(), bar.height());
            template.fill();
            template.beginText();
            template.setColorFill(Color.BLACK);
            template.setFontAndSize(font, 7);
            template.showTextAligned(Element.ALIGN_CENTER, bar.label(), bar.x() + bar.width() / 2f, 16, 0);
            template.showTextAligned(Element.ALIGN_CENTER, bar.value() == null ? "–" : bar.value().toString(),
                    bar.x() + bar.width() / 2f, 6, 0);
            template.endText();
        }
        return template;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
