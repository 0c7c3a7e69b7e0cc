package fi.placera.fidelity.web;

import fi.placera.platform.chart.BarChart;
import java.math.BigDecimal;
import java.util.List;

/**
 * The report's two bar charts (500-wide {@link BarChart}s, drawn alike on the page and in the PDF): the item profile,
 * scores 1–5 with the items' codes under the bars, and the trend of totals (up to 125) by the reviews' last days.
 * An item not scored has no bar and a dash in the PDF.
 */
final class ScoreChart {

    private static final int WIDTH = 500;
    private static final int LEFT = 30;
    private static final int ITEM_MAX = 5;
    private static final int CODE_SIZE = 8;

    private ScoreChart() {
    }

    static BarChart profile(List<String> codes, List<Integer> scores) {
        return of(ITEM_MAX, codes, scores, CODE_SIZE);
    }

    static BarChart trend(int maxTotal, List<String> days, List<Integer> totals) {
        return of(maxTotal, days, totals, 10);
    }

    private static BarChart of(int max, List<String> labels, List<Integer> values, int labelSize) {
        BarChart.Builder chart = BarChart.builder(WIDTH, LEFT, BigDecimal.ZERO, BigDecimal.valueOf(max))
                .labels(1, labelSize);
        for (int i = 0; i < labels.size(); i++) {
            Integer value = values.get(i);
            chart.bar(labels.get(i), value == null ? "–" : value.toString(),
                    value == null ? null : BigDecimal.valueOf(value));
        }
        return chart.build();
    }
}
