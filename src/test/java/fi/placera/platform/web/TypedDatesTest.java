package fi.placera.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as people type them into any date field (decision 0058). */
class TypedDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static Optional<LocalDate> typed(String text) {
        return Formats.parseDate(text, TODAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.12.2026", "06.12.2026", "6.12.26", "6.12.", "6.12", "2026-12-06", " 6.12. "})
    void everyAcceptedFormIsTheSameDay(String text) {
        assertThat(typed(text)).contains(LocalDate.of(2026, 12, 6));
    }

    @Test
    void aDayWithoutAYearIsInThisYearEvenWhenThatIsAheadOrBehind() {
        assertThat(Formats.parseDate("31.12.", LocalDate.of(2027, 1, 1))).contains(LocalDate.of(2027, 12, 31));
        assertThat(Formats.parseDate("1.1", LocalDate.of(2026, 12, 31))).contains(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aTwoDigitYearIsWithinEightyYearsBeforeAndNineteenAfterToday() {
        assertThat(typed("1.1.50")).as("a birth year").contains(LocalDate.of(1950, 1, 1));
        assertThat(typed("1.1.46")).as("80 years ago").contains(LocalDate.of(1946, 1, 1));
        assertThat(typed("1.1.45")).as("19 years ahead").contains(LocalDate.of(2045, 1, 1));
        assertThat(typed("1.1.00")).contains(LocalDate.of(2000, 1, 1));
        assertThat(typed("1.1.99")).contains(LocalDate.of(1999, 1, 1));
        assertThat(Formats.parseDate("1.1.45", LocalDate.of(2025, 12, 31))).as("the window moves with the year")
                .contains(LocalDate.of(1945, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30.2.", "31.4.26", "0.1.", "32.1.2026", "1.13.", "1.0.2026", "2026-02-30", "2026-13-01",
            "29.2.", "29.2.2025", "29.2.25"})
    void impossibleDatesAreRefused(String text) {
        assertThat(typed(text)).isEmpty();
    }

    @Test
    void februaryTheTwentyNinthExistsOnlyInALeapYear() {
        assertThat(typed("29.2.2028")).contains(LocalDate.of(2028, 2, 29));
        assertThat(typed("29.2.28")).contains(LocalDate.of(2028, 2, 29));
        assertThat(Formats.parseDate("29.2.", LocalDate.of(2028, 6, 1))).contains(LocalDate.of(2028, 2, 29));
        assertThat(Formats.parseDate("29.2.", LocalDate.of(2027, 6, 1))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "6", "6.", "6.12.2", "6.12.202", "6/12/2026", "12-06-2026", "2026-12-6",
            "6.12.2026.", "6..12", "+6.12.", "6.12.26x", "1.1.99999999", "1.1.12345", "1.1.0999", "1.1.-2026",
            "six.twelve", "6.12.2026 12.00", "\u0000", "6.12.\u0000"})
    void anythingElseIsNoDate(String text) {
        assertThat(typed(text)).isEmpty();
    }

    @Test
    void fourDigitYearsKeepTheirLimits() {
        assertThat(typed("1.1.1000")).contains(LocalDate.of(1000, 1, 1));
        assertThat(typed("31.12.9999")).contains(LocalDate.of(9999, 12, 31));
        assertThat(typed("9999-12-31")).contains(LocalDate.of(9999, 12, 31));
        assertThat(typed("0999-12-31")).isEmpty();
        assertThat(typed(null)).isEmpty();
        assertThat(typed("1".repeat(4000))).isEmpty();
    }

    @Test
    void datesAreShownAsTheyAreTyped() {
        assertThat(Formats.typed(LocalDate.of(2026, 12, 6))).isEqualTo("6.12.2026");
        assertThat(new Formats(java.time.Clock.system(WebConfiguration.HELSINKI)).date(LocalDate.of(2026, 12, 6),
                java.util.Locale.forLanguageTag("sv"))).isEqualTo("6.12.2026");
    }
}
