package fi.placera.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static BarChart.Builder percent() {
        return BarChart.builder(400, 40, BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Test
    void barsShareThePlotInEqualSlotsAndStandOnTheAxis() {
        BarChart chart = percent().bar("Q1", "50 %", new BigDecimal("0.5")).bar("Q2", "–", null)
                .bar("Q3", "100 %", BigDecimal.ONE).build();
        // (400 - 40) / 3 = 120 per slot; the bar is 2/3 of it, a sixth in from the slot's left
        assertThat(chart.bars()).extracting(BarChart.Bar::x).containsExactly(60, 180, 300);
        assertThat(chart.bars()).extracting(BarChart.Bar::width).containsOnly(80);
        assertThat(chart.bars()).extracting(BarChart.Bar::height).containsExactly(75, 0, 150);
        assertThat(chart.bars()).allMatch(bar -> bar.y() + bar.height() == BarChart.AXIS);
    }

    @Test
    void heightsRoundHalfUpAndNeverLeaveThePlot() {
        BarChart chart = BarChart.builder(500, 30, BigDecimal.ZERO, BigDecimal.valueOf(125))
                .bar("a", "64", BigDecimal.valueOf(64)).bar("b", "200", BigDecimal.valueOf(200))
                .bar("c", "-3", BigDecimal.valueOf(-3)).build();
        // 64 × 150 / 125 = 76.8
        assertThat(chart.bars()).extracting(BarChart.Bar::height).containsExactly(77, 150, 0);
    }

    @Test
    void theLowestScoreStillShowsWhenAskedSoThatZeroDiffersFromNoAnswer() {
        BarChart chart = BarChart.builder(500, 30, BigDecimal.ZERO, BigDecimal.valueOf(27)).lowestVisible()
                .bar("1.1.2026", "0", BigDecimal.ZERO).bar("1.4.2026", "–", null).build();
        assertThat(chart.bars()).extracting(BarChart.Bar::height).containsExactly(1, 0);
    }

    @Test
    void aFewBarsAreNoWiderThanTheirSlotAllows() {
        BarChart chart = BarChart.builder(500, 30, BigDecimal.ZERO, BigDecimal.TEN).maxSlot(80)
                .bar("a", "1", BigDecimal.ONE).bar("b", "2", BigDecimal.valueOf(2)).build();
        assertThat(chart.bars()).extracting(BarChart.Bar::x).containsExactly(43, 123);
        assertThat(chart.bars()).extracting(BarChart.Bar::width).containsOnly(53);
    }

    @Test
    void guidesAndScaleAreAtTheHeightOfTheirValue() {
        BarChart chart = percent().guide("41 %", new BigDecimal("0.41")).scaleLabels("0", "100").build();
        assertThat(chart.guides()).containsExactly(new BarChart.Mark("41 %", 170 - 62));
        assertThat(chart.scale()).containsExactly(new BarChart.Mark("0", 170), new BarChart.Mark("100", 20));
    }
}
