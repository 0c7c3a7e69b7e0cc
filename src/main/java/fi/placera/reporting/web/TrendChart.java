package fi.placera.reporting.web;

import fi.placera.platform.chart.BarChart;
import fi.placera.platform.web.Formats;
import fi.placera.reporting.internal.OutcomeReports.Quarter;
import java.math.BigDecimal;
import java.util.List;

/**
 * A figure quarter by quarter: the bar chart (a 400-wide {@link BarChart}, the IPS benchmark bands as guides) and its
 * rows for the data table beside it. A suppressed or missing value has no bar and is written in the table.
 *
 * @param share whether the figure is a share, written as a percentage
 */
record TrendChart(String id, String titleKey, boolean share, BarChart chart, List<Row> rows) {

    private static final int WIDTH = 400;
    private static final int LEFT = 40;

    /** One quarter and its value as the report gives it (a number, a suppressed "<5", or null). */
    record Row(String quarter, Object value) {
    }

    static TrendChart of(String id, String titleKey, List<Quarter> quarters, String field, BigDecimal scaleMax,
            List<BigDecimal> benchmarks, Formats formats) {
        boolean share = OutcomeReportController.SHARES.contains(field);
        List<Row> rows = quarters.stream()
                .map(quarter -> new Row(quarter.year() + " Q" + quarter.quarter(), quarter.fields().get(field)))
                .toList();
        BarChart.Builder chart = BarChart.builder(WIDTH, LEFT, BigDecimal.ZERO, scaleMax).labels(2, 10);
        rows.forEach(row -> chart.bar(row.quarter(), formats.cell(row.value(), share),
                row.value() instanceof Number number ? new BigDecimal(number.toString()) : null));
        benchmarks.forEach(level -> chart.guide(level.movePointRight(2).stripTrailingZeros().toPlainString() + " %",
                level));
        return new TrendChart(id, titleKey, share, chart.build(), rows);
    }

    /** A scale that fits the largest value shown, at least 1. */
    static BigDecimal scaleFor(List<Quarter> quarters, String field) {
        return quarters.stream().map(q -> q.fields().get(field)).filter(Number.class::isInstance)
                .map(value -> new BigDecimal(value.toString())).reduce(BigDecimal.ONE, BigDecimal::max);
    }
}
