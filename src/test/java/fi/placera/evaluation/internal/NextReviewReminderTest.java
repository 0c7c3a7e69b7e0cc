package fi.placera.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.evaluation.internal.AreaOverview.Fidelity;
import fi.placera.platform.IpsModel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The manager's reminder of the next fidelity review (decision 0085): from the window's first day to its last. */
class NextReviewReminderTest {

    private static final LocalDate REVIEWED = LocalDate.parse("2026-01-15");
    private static final LocalDate FROM = REVIEWED.plusMonths(IpsModel.NEXT_REVIEW_MONTHS_FIRST);
    private static final LocalDate BY = REVIEWED.plusMonths(IpsModel.NEXT_REVIEW_MONTHS_LAST);

    private static Fidelity published(boolean nextInProgress) {
        return new Fidelity(REVIEWED, 100, null, nextInProgress, FROM, BY);
    }

    @Test
    void theReminderRunsFromTheWindowsFirstDayToItsLast() {
        assertThat(published(false).dueSoon(FROM.minusDays(1))).isFalse();
        assertThat(published(false).dueSoon(FROM)).isTrue();
        assertThat(published(false).dueSoon(BY)).isTrue();
        assertThat(published(false).dueSoon(BY.plusDays(1))).as("overdue instead").isFalse();
        assertThat(published(false).overdue(BY.plusDays(1))).isTrue();
    }

    @Test
    void noReminderWhileTheNextReviewIsUnderWayOrBeforeAnyReviewIsPublished() {
        assertThat(published(true).dueSoon(FROM.plusDays(1))).isFalse();
        assertThat(new Fidelity(null, null, null, false, null, null).dueSoon(FROM)).isFalse();
    }
}
