package fi.placera.reporting.web;

import fi.placera.platform.SpreadsheetCells;
import fi.placera.platform.web.Formats;
import fi.placera.reporting.internal.OutcomeReports.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The outcome report's CSV and XLSX downloads, for people (decision 0042): each row is a figure named in the
 * reader's language, its value as people read it — 15,2 % and 6.12.2026 in Finnish and Swedish, 15.2 % and
 * 6 Dec 2026 in English. The machine-readable form with the contract's field names is the API
 * ({@code /api/v1/reports/outcomes}), never these files.
 *
 * <p>The CSV is text: values are written as the page writes them, separated by a semicolon where the decimal
 * separator is a comma (as spreadsheets in Finland expect), with a byte-order mark so that a spreadsheet reads
 * the letters ä, ö and å as UTF-8. The XLSX keeps numbers and dates as numbers and dates, with a number format
 * that shows them so (a share 0.152 formatted {@code 0.0 %}); the spreadsheet writes the reader's own decimal
 * separator. Text cells pass {@link SpreadsheetCells} (decision 0032).
 */
@Component
class OutcomeSheets {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String SHARE_FORMAT = "0.0 %";

    private final MessageSource messages;
    private final Formats formats;

    OutcomeSheets(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** One row of a download: its label in the reader's language and its value (a number, a share, a date, text). */
    record Row(String label, Object value, boolean share) {
    }

    /** Whose report and which period, then every figure in the contract's order. */
    List<Row> rows(Report report, String subjectName, Locale locale) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(text("report.subject", locale), subjectName, false));
        rows.add(new Row(text("report.from", locale), report.from(), false));
        rows.add(new Row(text("report.to", locale), report.to(), false));
        rows.add(new Row(text("report.download.suppressed", locale),
                text(report.subject().suppressed() ? "form.yes" : "form.no", locale), false));
        for (Map.Entry<String, Object> field : report.fields().entrySet()) {
            rows.add(new Row(text("report.field." + field.getKey(), locale), field.getValue(),
                    OutcomeReportController.SHARES.contains(field.getKey())));
        }
        return rows;
    }

    void csv(List<Row> rows, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(decimalComma(locale) ? ';' : ',').get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            csv.printRecord(text("report.figure", locale), text("report.value", locale));
            for (Row row : rows) {
                csv.printRecord(SpreadsheetCells.text(row.label()), SpreadsheetCells.text(shown(row)));
            }
        }
    }

    void xlsx(List<Row> rows, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Placera", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("report.title", locale));
        sheet.value(0, 0, text("report.figure", locale));
        sheet.value(0, 1, text("report.value", locale));
        sheet.style(0, 0).bold().set();
        sheet.style(0, 1).bold().set();
        sheet.width(0, 60);
        sheet.width(1, 18);
        int at = 1;
        for (Row row : rows) {
            sheet.value(at, 0, SpreadsheetCells.text(row.label()));
            cell(sheet, at, row, locale);
            at++;
        }
        workbook.finish();
    }

    /** A number stays a number and a date a date, each with the format people read; anything else is text. */
    private static void cell(Worksheet sheet, int at, Row row, Locale locale) {
        if (row.value() instanceof Number number) {
            sheet.value(at, 1, number);
            sheet.style(at, 1).format(row.share() ? SHARE_FORMAT : decimals(number)).set();
        } else if (row.value() instanceof LocalDate day) {
            sheet.value(at, 1, day);
            sheet.style(at, 1).format(english(locale) ? "d mmm yyyy" : "d.m.yyyy").set();
        } else if (row.value() != null) {
            sheet.value(at, 1, SpreadsheetCells.text(row.value().toString()));
        }
    }

    /** The value as the page shows it: a figure by {@link Formats#cell}, a date by {@link Formats#date}. */
    private String shown(Row row) {
        return row.value() instanceof LocalDate day ? formats.date(day) : formats.cell(row.value(), row.share());
    }

    /** As many decimals as the figure has (a mean has one, a count none). */
    private static String decimals(Number number) {
        int scale = number instanceof BigDecimal decimal ? Math.max(decimal.scale(), 0) : 0;
        return scale == 0 ? "0" : "0." + "0".repeat(scale);
    }

    private static boolean decimalComma(Locale locale) {
        return !english(locale);
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
