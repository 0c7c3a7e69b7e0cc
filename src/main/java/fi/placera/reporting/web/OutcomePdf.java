package fi.placera.reporting.web;

import fi.placera.platform.pdf.PdfBuilder;
import fi.placera.platform.web.Formats;
import fi.placera.reporting.internal.OutcomeReports.Report;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quarterly report for the steering group as a PDF: who and which period, the figures, and the trend charts with
 * their values written under each bar, each chart on the same page as its title.
 */
@Component
class OutcomePdf {

    private static final Color BAND = new Color(0x8a, 0x5a, 0x00);

    private final MessageSource messages;
    private final Formats formats;

    OutcomePdf(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    void write(Report report, String subjectName, List<TrendChart> charts, LocalDate generatedOn, Locale locale,
            OutputStream out) {
        try (PdfBuilder pdf = PdfBuilder.open(out, text("report.title", locale) + " – " + subjectName, locale)) {
            pdf.title(text("report.title", locale));
            pdf.text(messages.getMessage("report.heading", new Object[] {subjectName, formats.date(report.from()),
                    formats.date(report.to())}, locale));
            pdf.note(messages.getMessage("report.generated", new Object[] {formats.date(generatedOn)}, locale));
            if (report.subject().suppressed()) {
                pdf.note(text("report.suppressed", locale));
            }
            List<List<String>> rows = new ArrayList<>();
            report.fields().forEach((name, value) -> rows.add(List.of(text("report.field." + name, locale),
                    formats.cell(value, OutcomeReportController.SHARES.contains(name)))));
            pdf.table(new float[] {3, 1}, List.of(text("report.figure", locale), text("report.value", locale)), rows,
                    Set.of(1));
            for (TrendChart chart : charts) {
                pdf.chart(text(chart.titleKey(), locale), TrendChart.WIDTH, TrendChart.HEIGHT,
                        canvas -> draw(canvas, chart));
            }
        }
    }

    /** The bars with their quarter and value under them, and the target bands as dashed lines. */
    private void draw(PdfBuilder.Canvas canvas, TrendChart chart) {
        float bottom = TrendChart.HEIGHT;
        for (TrendChart.Bar bar : chart.bars()) {
            canvas.bar(bar.x(), bar.y(), bar.width(), bar.height(), PdfBuilder.BAR);
            float middle = bar.x() + bar.width() / 2f;
            canvas.text(bar.quarter(), middle, bottom - 16, true);
            canvas.text(formats.cell(bar.value(), chart.id().equals("chart-rate")), middle, bottom - 6, true);
        }
        for (TrendChart.Band band : chart.bands()) {
            canvas.dashedLine(40, TrendChart.WIDTH, band.y(), BAND);
            canvas.text(band.label(), 2, band.y() + 3, false);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
