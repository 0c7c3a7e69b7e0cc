package fi.placera.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.placera.platform.Rejection;
import fi.placera.portal.internal.ClientComments;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of rights requests and client comments, without Spring. */
class RightsRequestTest {

    private static RightsRequest request(RightsRequestState state, LocalDate dueOn) {
        return new RightsRequest(UUID.randomUUID(), UUID.randomUUID(), (short) 17, RightsRequestKind.RECTIFICATION,
                "Sukunimi on väärin", state, Instant.parse("2026-01-31T10:00:00Z"), dueOn, null, 0);
    }

    @Test
    void theDeadlineIsOneMonthFromTheDayOfReceiptInHelsinki() {
        assertThat(RightsRequest.deadline(Instant.parse("2026-03-15T09:00:00Z"))).isEqualTo(LocalDate.of(2026, 4, 15));
        // received on 31 January: the deadline is the last day of February
        assertThat(RightsRequest.deadline(Instant.parse("2026-01-31T10:00:00Z"))).isEqualTo(LocalDate.of(2026, 2, 28));
        // 23.30 UTC on 31 March is already 1 April in Helsinki
        assertThat(RightsRequest.deadline(Instant.parse("2026-03-31T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void anOpenRequestIsLateTheDayAfterItsDeadlineAndAClosedOneNever() {
        LocalDate due = LocalDate.of(2026, 2, 28);
        assertThat(request(RightsRequestState.RECEIVED, due).overdueOn(due)).isFalse();
        assertThat(request(RightsRequestState.IN_PROGRESS, due).overdueOn(due.plusDays(1))).isTrue();
        assertThat(request(RightsRequestState.COMPLETED, due).overdueOn(due.plusDays(30))).isFalse();
    }

    @Test
    void aClosedRequestStaysClosedAndARefusalNeedsAReason() {
        LocalDate due = LocalDate.of(2026, 2, 28);
        assertThat(request(RightsRequestState.RECEIVED, due).checkMove(RightsRequestState.IN_PROGRESS, " ")).isNull();
        assertThat(request(RightsRequestState.IN_PROGRESS, due).checkMove(RightsRequestState.COMPLETED, " Korjattu "))
                .isEqualTo("Korjattu");
        assertThatThrownBy(() -> request(RightsRequestState.COMPLETED, due).checkMove(RightsRequestState.IN_PROGRESS, ""))
                .isInstanceOf(Rejection.class).hasMessage("rights.state.not-allowed");
        assertThatThrownBy(() -> request(RightsRequestState.IN_PROGRESS, due).checkMove(RightsRequestState.RECEIVED, ""))
                .hasMessage("rights.state.not-allowed");
        assertThatThrownBy(() -> request(RightsRequestState.RECEIVED, due).checkMove(RightsRequestState.REFUSED, "  "))
                .hasMessage("rights.refusal.reason");
        assertThatThrownBy(() -> request(RightsRequestState.RECEIVED, due).checkMove(RightsRequestState.COMPLETED,
                "x".repeat(RightsRequest.MAX_TEXT + 1))).hasMessage("rights.text.too-long");
    }

    @Test
    void aCommentIsNotEmptyAndAtMostTwoThousandCharactersCountedAsPeopleCountThem() {
        assertThatThrownBy(() -> ClientComments.checked("   ")).hasMessage("validation.required");
        assertThat(ClientComments.checked(" ok ")).isEqualTo("ok");
        // 2,000 emoji are 4,000 UTF-16 units but 2,000 characters
        String emoji = "\uD83D\uDE00".repeat(ClientComments.MAX_LENGTH);
        assertThat(ClientComments.checked(emoji)).isEqualTo(emoji);
        assertThatThrownBy(() -> ClientComments.checked(emoji + "a")).hasMessage("portal.comment.too-long");
    }
}
