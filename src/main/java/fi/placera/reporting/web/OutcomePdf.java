package fi.placera.reporting.web;

import fi.placera.platform.pdf.PdfBuilder;
import fi.placera.platform.web.Formats;
import fi.placera.reporting.internal.OutcomeReports.Report;
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
                pdf.barChart(text(chart.titleKey(), locale), chart.chart());
            }
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
