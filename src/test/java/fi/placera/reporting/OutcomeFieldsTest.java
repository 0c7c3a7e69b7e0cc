package fi.placera.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.reporting.Outcomes.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small cells and the complements that would reveal them are suppressed; nothing else is. */
class OutcomeFieldsTest {

    private static Outcome outcome(int served, int worked, int servedOut, int workedOut, int enrolled, int withoutContact,
            int withoutJob, int eligible6, int employed6) {
        return new Outcome(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), served, worked, new BigDecimal("0.5"),
                servedOut, workedOut, new BigDecimal("0.4"), 12, 9, enrolled, new BigDecimal("20.5"), new BigDecimal("18.0"),
                withoutContact, new BigDecimal("80.0"), new BigDecimal("75.0"), withoutJob, new BigDecimal("4.2"),
                new BigDecimal("0.9"), employed6, eligible6, 0, 0, 5, 40, 10, 9);
    }

    @Test
    void largeCellsAreAllShown() {
        Map<String, Object> fields = OutcomeFields.suppressed(outcome(100, 40, 80, 30, 30, 10, 20, 25, 10));
        assertThat(fields.get("served")).isEqualTo(100);
        assertThat(fields.get("employment_rate")).isEqualTo(new BigDecimal("0.5"));
        assertThat(fields.get("days_to_first_job_mean")).isEqualTo(new BigDecimal("80.0"));
        // nobody was eligible at 12 months: a zero count is a small cell too
        assertThat(fields.get("eligible_at_12_months")).isEqualTo("<5");
        assertThat(fields.get("employer_contacts_per_coach_week")).isEqualTo(new BigDecimal("4.2"));
    }

    @Test
    void aSmallCellIsHiddenWithTheRateComputedFromIt() {
        Map<String, Object> fields = OutcomeFields.suppressed(outcome(100, 3, 80, 3, 30, 10, 20, 25, 10));
        assertThat(fields.get("worked")).isEqualTo("<5");
        assertThat(fields.get("employment_rate")).isEqualTo("<5");
        assertThat(fields.get("worked_out_of_work_at_entry")).isEqualTo("<5");
        assertThat(fields.get("employment_rate_out_of_work_at_entry")).isEqualTo("<5");
        assertThat(fields.get("served")).isEqualTo(100);
    }

    @Test
    void aPartWhoseComplementIsSmallIsHiddenSoThatTheComplementCannotBeRecomputed() {
        // 3 of 100 served were in work at entry: 97 out of work would reveal them
        Map<String, Object> fields = OutcomeFields.suppressed(outcome(100, 40, 97, 30, 30, 10, 20, 25, 10));
        assertThat(fields.get("served_out_of_work_at_entry")).isEqualTo("<5");
        assertThat(fields.get("employment_rate_out_of_work_at_entry")).isEqualTo("<5");
        // 40 worked of whom 38 out of work at entry: 2 in work at entry would be revealed by worked − 38
        Map<String, Object> chained = OutcomeFields.suppressed(outcome(100, 40, 80, 38, 30, 10, 20, 25, 10));
        assertThat(chained.get("worked_out_of_work_at_entry")).isEqualTo("<5");
        assertThat(chained.get("worked")).isEqualTo(40);
    }

    @Test
    void aMeanOverFewerThanFiveClientsIsHidden() {
        // 30 enrolled, 27 without a first contact: the mean rests on 3 clients
        Map<String, Object> fields = OutcomeFields.suppressed(outcome(100, 40, 80, 30, 30, 27, 20, 25, 10));
        assertThat(fields.get("cohort_without_employer_contact")).isEqualTo("<5");
        assertThat(fields.get("days_to_first_employer_contact_mean")).isEqualTo("<5");
        assertThat(fields.get("days_to_first_employer_contact_median")).isEqualTo("<5");
        assertThat(fields.get("days_to_first_job_mean")).isEqualTo(new BigDecimal("80.0"));
        // 2 of 30 without a first job: that count is hidden, the mean over the other 28 is not
        Map<String, Object> few = OutcomeFields.suppressed(outcome(100, 40, 80, 30, 30, 10, 2, 25, 10));
        assertThat(few.get("cohort_without_job")).isEqualTo("<5");
        assertThat(few.get("days_to_first_job_mean")).isEqualTo(new BigDecimal("80.0"));
    }

    @Test
    void insideTheTeamNothingIsHidden() {
        Map<String, Object> fields = OutcomeFields.of(outcome(4, 1, 4, 1, 2, 1, 1, 1, 0));
        assertThat(fields.values()).doesNotContain("<5");
        assertThat(fields).hasSize(21);
    }
}
