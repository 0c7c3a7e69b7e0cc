package fi.placera.fidelity.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn as SVG on the report page and in the PDF, with its data table beside it for screen readers:
 * the item profile (scores 1–5) or the trend of totals (up to 125). Coordinates are in a 500 × 200 view box.
 */
record ScoreChart(String id, int max, List<Bar> bars) {

    static final int WIDTH = 500;
    static final int HEIGHT = 200;
    static final int LEFT = 30;
    static final int BOTTOM = 170;
    private static final int PLOT_HEIGHT = 150;

    /** One bar: its label, its value (null when not scored: no bar) and where it is drawn. */
    record Bar(String label, Integer value, int x, int y, int width, int height) {
    }

    static ScoreChart of(String id, int max, List<String> labels, List<Integer> values) {
        int slot = (WIDTH - LEFT) / Math.max(labels.size(), 1);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Integer value = values.get(i);
            int height = value == null ? 0 : value * PLOT_HEIGHT / max;
            bars.add(new Bar(labels.get(i), value, LEFT + i * slot + slot / 6, BOTTOM - height, slot * 2 / 3, height));
        }
        return new ScoreChart(id, max, bars);
    }
}
