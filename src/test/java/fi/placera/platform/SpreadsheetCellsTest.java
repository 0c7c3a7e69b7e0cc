package fi.placera.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A text cell that a spreadsheet would run as a formula is written with a leading quote; other text as it is. */
class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void aFormulaIsNeutralised(String formula) {
        assertThat(SpreadsheetCells.text(formula)).isEqualTo("'" + formula);
    }

    @Test
    void otherTextStaysAsItIs() {
        assertThat(SpreadsheetCells.text("Kahvila Oy")).isEqualTo("Kahvila Oy");
        assertThat(SpreadsheetCells.text("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetCells.text("")).isEmpty();
        assertThat(SpreadsheetCells.text(null)).isNull();
    }

    @Test
    void numbersStayNumbersAndOnlyTextIsNeutralised() {
        assertThat(SpreadsheetCells.cell(-3)).isEqualTo("-3");
        assertThat(SpreadsheetCells.cell(new java.math.BigDecimal("-0.25"))).isEqualTo("-0.25");
        assertThat(SpreadsheetCells.cell(java.time.LocalDate.of(2026, 1, 31))).isEqualTo("2026-01-31");
        assertThat(SpreadsheetCells.cell("-3")).isEqualTo("'-3");
        assertThat(SpreadsheetCells.cell(null)).isEmpty();
    }
}
