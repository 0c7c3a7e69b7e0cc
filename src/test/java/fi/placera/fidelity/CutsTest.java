package fi.placera.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.fidelity.FidelityReviews.Cuts;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An item's anchor texts say what its cut points do (issue 29); FidelityReviewsIT applies the same check to every
 * item of the scale as the migrations seed it.
 */
class CutsTest {

    @Test
    void o1sOldTextsSplitTwoAndOneAtFiftyWhileItsCutPointsSplitThemAtTwentyFive() {
        Cuts o1 = higherIsBetter(90, 75, 50, 25);
        assertThat(o1.agreeWith(List.of("no care team", "under 50% from own teams", "50–74%", "75–89%",
                "90% or more from own teams"))).isFalse();
        assertThat(o1.agreeWith(List.of("under 25% from own teams", "25–49%", "50–74%", "75–89%",
                "90% or more from own teams"))).isTrue();
    }

    @Test
    void rangesOfWholeNumbersAgreeWithTheirCutPointsEitherWay() {
        assertThat(lowerIsBetter(20, 25, 30, 40).agreeWith(List.of("41 or more", "31–40", "26–30", "21–25",
                "20 or fewer"))).isTrue();
        assertThat(lowerIsBetter(30, 60, 150, 270).agreeWith(List.of("271 days or more", "151–270 days",
                "61–150 days", "31–60 days", "30 days or fewer"))).isTrue();
        assertThat(higherIsBetter(6, 4, 2, 1).agreeWith(List.of("under 1", "1", "2–3", "4–5", "6 or more")))
                .isTrue();
        assertThat(higherIsBetter(95, 80, 65, 50).agreeWith(List.of("under 50%", "50–64%", "65–79%", "80–94%",
                "95% or more"))).isTrue();
        // a limit moved without its text
        assertThat(higherIsBetter(95, 80, 60, 50).agreeWith(List.of("under 50%", "50–64%", "65–79%", "80–94%",
                "95% or more"))).isFalse();
    }

    @Test
    void anchorsInWordsAloneSayNoNumberToDisagreeWith() {
        assertThat(higherIsBetter(90, 75, 50, 25).agreeWith(List.of("phases split between people",
                "most phases split", "about half with one", "most phases with one", "every phase with one coach")))
                .isTrue();
    }

    private static Cuts higherIsBetter(int... limits) {
        return new Cuts(true, Arrays.stream(limits).mapToObj(BigDecimal::valueOf).toList());
    }

    private static Cuts lowerIsBetter(int... limits) {
        return new Cuts(false, Arrays.stream(limits).mapToObj(BigDecimal::valueOf).toList());
    }
}
