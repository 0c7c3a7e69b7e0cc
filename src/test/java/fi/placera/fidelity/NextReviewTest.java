package fi.placera.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.fidelity.FidelityReviews.NextReview;
import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.fidelity.FidelityReviews.State;
import fi.placera.platform.IpsModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The next review's one rule: its window after the latest published review, and under way while a later one is open. */
class NextReviewTest {

    private static final LocalDate REVIEWED = LocalDate.parse("2026-01-15");

    private static Review review(String to, LocalDate reviewedOn, State state) {
        LocalDate end = LocalDate.parse(to);
        return new Review(UUID.randomUUID(), 0, (short) 17, UUID.randomUUID(), (short) 1, end.minusMonths(6), end,
                reviewedOn, state, List.of("A", "B"), Map.of());
    }

    @Test
    void dueFromTheWindowsFirstMonthToItsLastAfterTheLatestPublishedReview() {
        NextReview next = NextReview.of(List.of(review("2025-12-31", REVIEWED, State.PUBLISHED),
                review("2025-06-30", REVIEWED.minusMonths(6), State.PUBLISHED)));
        assertThat(next).isEqualTo(new NextReview(REVIEWED.plusMonths(IpsModel.NEXT_REVIEW_MONTHS_FIRST),
                REVIEWED.plusMonths(IpsModel.NEXT_REVIEW_MONTHS_LAST), false));
        assertThat(next.dueOnOrBefore(next.dueFrom().minusDays(1))).isFalse();
        assertThat(next.dueOnOrBefore(next.dueFrom())).isTrue();
        assertThat(next.overdue(next.dueBy().plusDays(1))).as("still due, overdue").isTrue();
    }

    @Test
    void underWayWhileAReviewOfALaterPeriodIsOpenButNotForAnOlderDraft() {
        Review published = review("2025-12-31", REVIEWED, State.PUBLISHED);
        assertThat(NextReview.of(List.of(review("2026-06-30", null, State.DRAFT), published)).inProgress()).isTrue();
        NextReview olderDraft = NextReview.of(List.of(published, review("2025-06-30", null, State.AGREED)));
        assertThat(olderDraft.inProgress()).isFalse();
        assertThat(olderDraft.dueOnOrBefore(olderDraft.dueBy())).isTrue();
    }

    @Test
    void noDaysBeforeAnyReviewIsPublished() {
        assertThat(NextReview.of(List.of())).isEqualTo(new NextReview(null, null, false));
        NextReview draft = NextReview.of(List.of(review("2025-12-31", null, State.DRAFT)));
        assertThat(draft.inProgress()).isTrue();
        assertThat(draft.dueOnOrBefore(REVIEWED.plusYears(5))).isFalse();
    }
}
