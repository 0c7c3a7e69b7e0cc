package fi.placera.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.support.FollowAlongSupport.DueKind;
import fi.placera.support.internal.SupportSchedule.Proposal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The follow-along contacts a job makes due, as of the day the job (or its end) is recorded (decision 0062). */
class SupportScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Test
    void aJobRecordedOnItsStartDayGetsTheWholeScheduleAndNothingIsOverdueThatDay() {
        List<Proposal> schedule = SupportSchedule.afterStart(START, START);
        assertThat(schedule).hasSize(17);
        assertThat(schedule).extracting(Proposal::kind).contains(DueKind.BEFORE_START);
        assertThat(schedule).noneMatch(due -> due.dueOn().isBefore(START));
    }

    @Test
    void theContactBeforeTheStartOfAJobRecordedAfterItStartedIsNotApplicable() {
        LocalDate recorded = START.plusDays(10);
        List<Proposal> schedule = SupportSchedule.afterStart(START, recorded);
        assertThat(schedule).extracting(Proposal::kind).doesNotContain(DueKind.BEFORE_START);
        assertThat(schedule).as("nothing overdue on the day it arose").noneMatch(due -> due.dueOn().isBefore(recorded));
        assertThat(schedule).filteredOn(due -> due.kind() == DueKind.AFTER_START).singleElement()
                .isEqualTo(new Proposal(DueKind.AFTER_START, START, recorded));
        // the weekly contacts whose week had passed are not applicable; the one of the current week stays
        assertThat(schedule).filteredOn(due -> due.kind() == DueKind.FIRST_MONTH_WEEKLY).extracting(Proposal::dueOn)
                .containsExactly(START.plusWeeks(2), START.plusWeeks(3), START.plusWeeks(4));
        assertThat(schedule).filteredOn(due -> due.kind() == DueKind.MONTHLY).hasSize(11);
    }

    @Test
    void aJobRecordedOneDayLateStillHasTheContactAfterTheStartButNotTheOneBefore() {
        List<Proposal> schedule = SupportSchedule.afterStart(START, START.plusDays(1));
        assertThat(schedule).extracting(Proposal::kind).doesNotContain(DueKind.BEFORE_START);
        assertThat(schedule).filteredOn(due -> due.kind() == DueKind.AFTER_START).extracting(Proposal::dueOn)
                .containsExactly(START.plusDays(3));
    }

    @Test
    void theContactAfterAJobEndIsDueWithinThreeDaysOrOnTheDayALateEndIsRecorded() {
        LocalDate end = LocalDate.of(2026, 3, 20);
        assertThat(SupportSchedule.afterEnd(end, end)).isEqualTo(new Proposal(DueKind.AFTER_JOB_END, end, end.plusDays(3)));
        assertThat(SupportSchedule.afterEnd(end, end.plusDays(9)))
                .isEqualTo(new Proposal(DueKind.AFTER_JOB_END, end, end.plusDays(9)));
    }
}
