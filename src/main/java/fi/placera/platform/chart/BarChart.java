package fi.placera.platform.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of every bar chart Placera draws — the report's quarters, a client's scores over time, a fidelity
 * profile and trend — so that the page's SVG (the fragment {@code fragments/chart :: bars}) and the PDF
 * ({@code PdfBuilder#barChart}) draw the same bars from one set of numbers. Coordinates are in a view box of
 * {@code width} × {@link #HEIGHT}, y downwards: bars stand on the axis at {@link #AXIS} and are at most
 * {@link #PLOT_HEIGHT} high. Each chart is shown beside a data table with the same figures for screen readers; that
 * table stays with its page.
 *
 * @param left where the plot starts (room for the scale's or the guides' labels)
 * @param guides dashed lines across the plot with their label at the left, e.g. the IPS employment-rate bands
 * @param scale the values written at the left of the axis, e.g. a score's lowest and highest
 * @param labelEvery every how many bars the page writes a label under the bar (the PDF writes all)
 * @param labelSize the labels' font size on the page
 */
public record BarChart(int width, int left, List<Bar> bars, List<Mark> guides, List<Mark> scale, int labelEvery,
        int labelSize) {

    public static final int HEIGHT = 200;
    public static final int AXIS = 170;
    public static final int PLOT_HEIGHT = 150;
    /** Where the labels under the bars stand. */
    public static final int LABELS = 185;

    /** {@link #HEIGHT}, for the page's template (Thymeleaf does not reach static fields). */
    public int height() {
        return HEIGHT;
    }

    /** {@link #AXIS}, for the page's template. */
    public int axis() {
        return AXIS;
    }

    /** {@link #LABELS}, for the page's template. */
    public int labelsAt() {
        return LABELS;
    }

    /**
     * One bar: its label, the value as the PDF writes it under the bar ("–" when there is none), and where it is
     * drawn (height 0: no bar).
     */
    public record Bar(String label, String shown, int x, int y, int width, int height) {
    }

    /** A label at a height of the plot. */
    public record Mark(String label, int y) {
    }

    public static Builder builder(int width, int left, BigDecimal low, BigDecimal high) {
        return new Builder(width, left, low, high);
    }

    /** Collects the bars in order, then lays them out in equal slots. */
    public static final class Builder {

        private final int width;
        private final int left;
        private final BigDecimal low;
        private final BigDecimal span;
        private final List<String> labels = new ArrayList<>();
        private final List<String> shown = new ArrayList<>();
        private final List<BigDecimal> values = new ArrayList<>();
        private final List<Mark> guides = new ArrayList<>();
        private final List<Mark> scale = new ArrayList<>();
        private int maxSlot = Integer.MAX_VALUE;
        private boolean lowestVisible;
        private int labelEvery = 1;
        private int labelSize = 10;

        private Builder(int width, int left, BigDecimal low, BigDecimal high) {
            this.width = width;
            this.left = left;
            this.low = low;
            this.span = high.subtract(low).max(BigDecimal.ONE);
        }

        /** A bar; a null value has no bar. */
        public Builder bar(String label, String shownValue, BigDecimal value) {
            labels.add(label);
            shown.add(shownValue);
            values.add(value);
            return this;
        }

        public Builder guide(String label, BigDecimal value) {
            guides.add(new Mark(label, AXIS - height(value)));
            return this;
        }

        /** Writes the value range (lowest at the axis, highest at the top of the plot) at the left. */
        public Builder scaleLabels(String lowest, String highest) {
            scale.add(new Mark(lowest, AXIS));
            scale.add(new Mark(highest, AXIS - PLOT_HEIGHT));
            return this;
        }

        /** Bars no wider than this slot, however few: two answers do not make two walls. */
        public Builder maxSlot(int slot) {
            this.maxSlot = slot;
            return this;
        }

        /** A value at the bottom of its range still shows a bar of 1, so that "0 points" differs from "no answer". */
        public Builder lowestVisible() {
            this.lowestVisible = true;
            return this;
        }

        public Builder labels(int every, int size) {
            this.labelEvery = every;
            this.labelSize = size;
            return this;
        }

        public BarChart build() {
            int slot = Math.min(maxSlot, (width - left) / Math.max(values.size(), 1));
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                BigDecimal value = values.get(i);
                int height = value == null ? 0 : lowestVisible ? Math.max(1, height(value)) : height(value);
                bars.add(new Bar(labels.get(i), shown.get(i), left + i * slot + slot / 6, AXIS - height, slot * 2 / 3,
                        height));
            }
            return new BarChart(width, left, List.copyOf(bars), List.copyOf(guides), List.copyOf(scale), labelEvery,
                    labelSize);
        }

        private int height(BigDecimal value) {
            int height = value.subtract(low).multiply(BigDecimal.valueOf(PLOT_HEIGHT))
                    .divide(span, 0, RoundingMode.HALF_UP).intValue();
            return Math.max(0, Math.min(PLOT_HEIGHT, height));
        }
    }
}
