package fi.placera.reporting.web;

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
import fi.placera.platform.web.Formats;
import fi.placera.reporting.internal.OutcomeReports.Report;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quarterly report for the steering group as a PDF: who and which period, the figures, and the trend
 * charts with their values written under each bar. Drawn with OpenPDF's standard fonts (Latin-1 covers
 * Finnish and Swedish).
 */
@Component
class OutcomePdf {

    private static final Color BAR = new Color(0x1d, 0x5f, 0xa8);
    private static final Color BAND = new Color(0x8a, 0x5a, 0x00);
    private static final float CHART_WIDTH = TrendChart.WIDTH;
    private static final float CHART_HEIGHT = TrendChart.HEIGHT;

    private final MessageSource messages;
    private final Formats formats;

    OutcomePdf(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    void write(Report report, String subjectName, List<TrendChart> charts, LocalDate generatedOn, Locale locale,
            OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text("report.title", locale) + " – " + subjectName);
        document.open();
        document.add(new Paragraph(text("report.title", locale), new Font(Font.HELVETICA, 18, Font.BOLD)));
        document.add(new Paragraph(messages.getMessage("report.heading", new Object[] {subjectName,
                formats.date(report.from()), formats.date(report.to())}, locale), new Font(Font.HELVETICA, 12)));
        document.add(new Paragraph(messages.getMessage("report.generated", new Object[] {formats.date(generatedOn)},
                locale), new Font(Font.HELVETICA, 9)));
        if (report.subject().suppressed()) {
            document.add(new Paragraph(text("report.suppressed", locale), new Font(Font.HELVETICA, 9, Font.ITALIC)));
        }
        document.add(figures(report.fields(), locale));
        for (TrendChart chart : charts) {
            document.add(new Paragraph(text(chart.titleKey(), locale), new Font(Font.HELVETICA, 11, Font.BOLD)));
            Image image = Image.getInstance(chart(writer.getDirectContent(), chart));
            image.scalePercent(100);
            document.add(image);
        }
        document.close();
    }

    private PdfPTable figures(Map<String, Object> fields, Locale locale) {
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setSpacingAfter(12);
        table.setHeaderRows(1);
        header(table, text("report.figure", locale));
        header(table, text("report.value", locale));
        fields.forEach((name, value) -> {
            table.addCell(new Phrase(text("report.field." + name, locale), new Font(Font.HELVETICA, 9)));
            PdfPCell cell = new PdfPCell(new Phrase(formats.cell(value,
                    OutcomeReportController.SHARES.contains(name)), new Font(Font.HELVETICA, 9)));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(cell);
        });
        return table;
    }

    private static void header(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(Font.HELVETICA, 9, Font.BOLD)));
        cell.setBackgroundColor(new Color(0xee, 0xee, 0xee));
        table.addCell(cell);
    }

    /** The chart in the page's coordinates: PDF's y axis grows upwards, the SVG's downwards. */
    private PdfTemplate chart(PdfContentByte canvas, TrendChart chart) throws IOException {
        PdfTemplate template = canvas.createTemplate(CHART_WIDTH, CHART_HEIGHT);
        BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        for (TrendChart.Bar bar : chart.bars()) {
            template.setColorFill(BAR);
            template.rectangle(bar.x(), CHART_HEIGHT - bar.y() - bar.height(), bar.width(), bar.height());
            template.fill();
            template.beginText();
            template.setColorFill(Color.BLACK);
            template.setFontAndSize(font, 7);
            template.showTextAligned(Element.ALIGN_CENTER, bar.quarter(), bar.x() + bar.width() / 2f, 16, 0);
            template.showTextAligned(Element.ALIGN_CENTER, formats.cell(bar.value(), chart.id().equals("chart-rate")),
                    bar.x() + bar.width() / 2f, 6, 0);
            template.endText();
        }
        for (TrendChart.Band band : chart.bands()) {
            template.setColorStroke(BAND);
            template.setLineDash(4, 3, 0);
            template.moveTo(40, CHART_HEIGHT - band.y());
            template.lineTo(CHART_WIDTH, CHART_HEIGHT - band.y());
            template.stroke();
            template.beginText();
            template.setFontAndSize(font, 7);
            template.showTextAligned(Element.ALIGN_LEFT, band.label(), 2, CHART_HEIGHT - band.y() - 3, 0);
            template.endText();
        }
        return template;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
