package fi.placera.reporting.web;

import fi.placera.reporting.internal.OutcomeReports.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A quarterly bar chart drawn as SVG by the report page, with its data table beside it for screen readers.
 * Coordinates are in a 400 × 200 view box; a suppressed or missing value has no bar and is written in the table.
 */
record TrendChart(String id, String titleKey, List<Bar> bars, List<Band> bands) {

    static final int WIDTH = 400;
    static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int BOTTOM = 170;
    private static final int PLOT_HEIGHT = 150;

    /** One quarter: its label, the value as shown in the table, and the bar (height 0 when none). */
    record Bar(String quarter, Object value, int x, int y, int width, int height) {
    }

    /** A benchmark line, e.g. the 31/41/50 % employment-rate bands of IPS services. */
    record Band(String label, int y) {
    }

    static TrendChart of(String id, String titleKey, List<Quarter> quarters, String field, BigDecimal scaleMax,
            List<BigDecimal> benchmarks) {
        Function<BigDecimal, Integer> height = value -> value.multiply(BigDecimal.valueOf(PLOT_HEIGHT))
                .divide(scaleMax, 0, java.math.RoundingMode.HALF_UP).min(BigDecimal.valueOf(PLOT_HEIGHT)).intValue();
        int slot = (WIDTH - LEFT) / quarters.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            Quarter quarter = quarters.get(i);
            Object value = quarter.fields().get(field);
            int barHeight = value instanceof Number number ? height.apply(new BigDecimal(number.toString())) : 0;
            bars.add(new Bar(quarter.year() + " Q" + quarter.quarter(), value, LEFT + i * slot + slot / 6,
                    BOTTOM - barHeight, slot * 2 / 3, barHeight));
        }
        List<Band> bands = benchmarks.stream()
                .map(level -> new Band(level.movePointRight(2).stripTrailingZeros().toPlainString() + " %",
                        BOTTOM - height.apply(level)))
                .toList();
        return new TrendChart(id, titleKey, bars, bands);
    }

    /** A scale that fits the largest value shown, at least 1. */
    static BigDecimal scaleFor(List<Quarter> quarters, String field) {
        return quarters.stream().map(q -> q.fields().get(field)).filter(Number.class::isInstance)
                .map(value -> new BigDecimal(value.toString())).reduce(BigDecimal.ONE, BigDecimal::max);
    }
}
