package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.evaluation.FollowUps.Anchor;
import fi.placera.evaluation.FollowUps.Programme;
import fi.placera.evaluation.FollowUps.Status;
import fi.placera.evaluation.FollowUps.Timepoint;
import fi.placera.platform.IpsModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the default timepoints fall due, and where a follow-up stands on a day. */
class FollowUpScheduleTest {

    private static final LocalDate ENROLLED = LocalDate.of(2026, 1, 31);
    private static final Optional<Programme> PROGRAMME =
            Optional.of(new Programme(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

    private static Timepoint at(Anchor anchor, int months) {
        return new Timepoint("X", anchor, months, List.of("WHO-5"), 30);
    }

    @Test
    void enrolmentTimepointsAreMonthsAfterTheAgreement() {
        // 31 January + 6 months is 31 July; + 1 month would be the last day of February
        assertThat(FollowUps.dueOn(at(Anchor.ENROLMENT, 6), ENROLLED, PROGRAMME)).contains(LocalDate.of(2026, 7, 31));
        assertThat(FollowUps.dueOn(at(Anchor.ENROLMENT, 1), ENROLLED, PROGRAMME)).contains(LocalDate.of(2026, 2, 28));
        assertThat(FollowUps.dueOn(at(Anchor.ENROLMENT, 12), ENROLLED, PROGRAMME)).contains(LocalDate.of(2027, 1, 31));
    }

    @Test
    void theBaselineIsDueTwoWeeksAfterTheAgreementAndOpenOnItsDaySoNothingIsOverdueTheDayItArose() {
        LocalDate due = FollowUps.dueOn(at(Anchor.ENROLMENT, 0), ENROLLED, PROGRAMME).orElseThrow();
        assertThat(due).isEqualTo(ENROLLED.plusDays(IpsModel.FIRST_QUESTIONNAIRES_DAYS_AFTER_ENROLMENT))
                .isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(FollowUps.status(due, 30, false, ENROLLED)).isEqualTo(Status.OPEN);
        assertThat(FollowUps.status(due, 30, false, ENROLLED.plusDays(1))).isEqualTo(Status.OPEN);
        // a programme day in the first two weeks of a client's service moves with it
        assertThat(FollowUps.dueOn(at(Anchor.PROGRAMME_END, 0), LocalDate.of(2026, 12, 30), PROGRAMME))
                .contains(LocalDate.of(2027, 1, 13));
    }

    @Test
    void programmeTimepointsNeedAPeriodAndAClientEnrolledByThen() {
        // 1.1.–31.12.2026 is 364 days; the mid-point is 182 days in: 2 July
        assertThat(FollowUps.dueOn(at(Anchor.PROGRAMME_MID, 0), ENROLLED, PROGRAMME)).contains(LocalDate.of(2026, 7, 2));
        assertThat(FollowUps.dueOn(at(Anchor.PROGRAMME_END, 0), ENROLLED, PROGRAMME)).contains(LocalDate.of(2026, 12, 31));
        assertThat(FollowUps.dueOn(at(Anchor.PROGRAMME_MID, 0), ENROLLED, Optional.empty())).isEmpty();
        assertThat(FollowUps.dueOn(at(Anchor.PROGRAMME_MID, 0), LocalDate.of(2026, 8, 1), PROGRAMME)).isEmpty();
        assertThat(FollowUps.dueOn(at(Anchor.ENROLMENT, 0), null, PROGRAMME)).isEmpty();
    }

    @Test
    void aFollowUpOpensTwoWeeksEarlyIsOverdueAfterItsDayAndMissedAfterItsWindow() {
        LocalDate due = LocalDate.of(2026, 7, 31);
        assertThat(FollowUps.status(due, 30, false, due.minusDays(15))).isEqualTo(Status.UPCOMING);
        assertThat(FollowUps.status(due, 30, false, due.minusDays(14))).isEqualTo(Status.OPEN);
        assertThat(FollowUps.status(due, 30, false, due)).isEqualTo(Status.OPEN);
        assertThat(FollowUps.status(due, 30, false, due.plusDays(1))).isEqualTo(Status.OVERDUE);
        assertThat(FollowUps.status(due, 30, false, due.plusDays(30))).isEqualTo(Status.OVERDUE);
        assertThat(FollowUps.status(due, 30, false, due.plusDays(31))).isEqualTo(Status.MISSED);
        assertThat(FollowUps.status(due, 30, true, due.plusDays(100))).isEqualTo(Status.DONE);
    }

    @Test
    void aChangedRowKeepsTheFollowUpsThatHadOpenedAndTheNewRowTakesTheRest() {
        LocalDate changedOn = LocalDate.of(2026, 6, 1);
        Timepoint old = new Timepoint(null, "X", Anchor.ENROLMENT, 6, List.of("WHO-5"), 30, java.util.Map.of(), null,
                changedOn);
        Timepoint replacement = new Timepoint(null, "X", Anchor.ENROLMENT, 9, List.of("WHO-5"), 30, java.util.Map.of(),
                changedOn, null);
        // due 15 June opened on 1 June, the day of the change: the old row keeps it, the new row does not take it
        assertThat(old.applies(LocalDate.of(2026, 6, 15), false)).isTrue();
        assertThat(replacement.applies(LocalDate.of(2026, 6, 15), false)).isFalse();
        // due 16 June opens on 2 June, after the change: the new row's
        assertThat(old.applies(LocalDate.of(2026, 6, 16), false)).isFalse();
        assertThat(replacement.applies(LocalDate.of(2026, 6, 16), false)).isTrue();
        // an answered follow-up always stays with its row
        assertThat(old.applies(LocalDate.of(2026, 12, 1), true)).isTrue();
        // a row without dates has always applied
        assertThat(at(Anchor.ENROLMENT, 6).applies(LocalDate.of(2000, 1, 1), false)).isTrue();
    }
}
