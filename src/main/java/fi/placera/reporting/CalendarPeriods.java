package fi.placera.reporting;

import fi.placera.platform.Rejection;
import fi.placera.reporting.Outcomes.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * The periods a report that leaves the team may cover: calendar quarters, half-years and years. Free periods
 * would let a reader difference two reports into a day or a client (decision 0036); the team keeps them.
 */
public final class CalendarPeriods {

    private static final List<Integer> MONTHS = List.of(3, 6, 12);
    /** A year's periods in this order: its quarters, its halves, the year itself. */
    public static final int FIRST_HALF = 4;
    public static final int YEAR = 6;

    private CalendarPeriods() {
    }

    /** Whether the period is a calendar quarter, half-year or year. */
    public static boolean isCalendar(Period period) {
        return MONTHS.stream().anyMatch(months -> period.from().getDayOfMonth() == 1
                && (period.from().getMonthValue() - 1) % months == 0
                && period.from().plusMonths(months).minusDays(1).equals(period.to()));
    }

    /** Refuses a period that is not a calendar quarter, half-year or year. */
    public static void check(Period period) {
        if (period.from() == null || period.to() == null) {
            throw new Rejection(period.from() == null ? "from" : "to", "report.period.missing");
        }
        if (!isCalendar(period)) {
            throw new Rejection("from", "report.period.calendar");
        }
    }

    /** Q1–Q4, H1, H2 and the whole year, in this order. */
    public static List<Period> ofYear(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return List.of(span(first, 3), span(first.plusMonths(3), 3), span(first.plusMonths(6), 3),
                span(first.plusMonths(9), 3), span(first, 6), span(first.plusMonths(6), 6), span(first, 12));
    }

    private static Period span(LocalDate from, int months) {
        return new Period(from, from.plusMonths(months).minusDays(1));
    }

    /** The position of a calendar period among its year's ({@link #ofYear}). */
    public static int indexOf(Period period) {
        return ofYear(period.from().getYear()).indexOf(period);
    }

    /** The positions of the periods a year's period adds up from (its halves, or a half's quarters). */
    public static List<Integer> partsOf(int index) {
        return switch (index) {
            case FIRST_HALF -> List.of(0, 1);
            case FIRST_HALF + 1 -> List.of(2, 3);
            case YEAR -> List.of(FIRST_HALF, FIRST_HALF + 1);
            default -> List.of();
        };
    }
}
