package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.evaluation.TeamCosts.ByTime;
import fi.placera.evaluation.TeamCosts.CoachInput;
import fi.placera.evaluation.TeamCosts.CoachShare;
import fi.placera.evaluation.TeamCosts.Costs;
import fi.placera.reporting.Outcomes.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Salary cost apportioned by the coaches' recorded time, against figures computed by hand. */
class CostsByTimeTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Costs costs(String fte, String salaries) {
        return new Costs(2026, d(fte), d(salaries), d("8000"), d("1500"), d("500"), d("0"), d("0"), d("0"), d("0"));
    }

    private static Outcome outcome(int served, int jobStarts) {
        return new Outcome(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), served, 0, null, 0, 0, null,
                jobStarts, jobStarts, 0, null, null, 0, null, null, 0, null, null, 0, 0, 0, 0, 1, 0, 0, 0);
    }

    @Test
    void eachCoachCountsByTheShareOfRecordedEmploymentWorkAndTheRestOfTheStaffInFull() {
        // 3,0 FTE and 150 000 € of salaries: 50 000 € per FTE.
        // Aalto 1,0 FTE: 50 000 × 90 / 120 h = 37 500; Berg 0,8 FTE: 40 000 × 45 / 45 h = 40 000;
        // Co 0,6 FTE recorded nothing: 30 000 in full; the other 0,6 FTE (the leader): 30 000 in full.
        // Salary counted 137 500, other work 12 500; + 10 000 of other costs = 147 500;
        // over 59 clients = 2 500 (2 500,0); over 7 job starts = 21 071,4 -> 21 071.
        ByTime byTime = ByTime.of(costs("3.0", "150000"), outcome(59, 7), List.of(
                new CoachInput("Aalto", d("1.0"), d("120"), d("90")),
                new CoachInput("Berg", d("0.8"), d("45.0"), d("45.0")),
                new CoachInput("Co", d("0.6"), null, null))).orElseThrow();
        assertThat(byTime.salaryPerFte()).isEqualByComparingTo("50000");
        assertThat(byTime.coaches()).extracting(CoachShare::salary).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("50000"), d("40000"), d("30000"));
        assertThat(byTime.coaches()).extracting(CoachShare::share).containsExactly(d("75.0"), d("100.0"), null);
        assertThat(byTime.coaches()).extracting(CoachShare::counted).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("37500"), d("40000"), d("30000"));
        assertThat(byTime.otherStaffSalary()).isEqualByComparingTo("30000");
        assertThat(byTime.salaryCounted()).isEqualByComparingTo("137500");
        assertThat(byTime.salaryOnOtherWork()).isEqualByComparingTo("12500");
        assertThat(byTime.nonSalaryCosts()).isEqualByComparingTo("10000");
        assertThat(byTime.ipsCost()).isEqualByComparingTo("147500");
        assertThat(byTime.perClientServed()).isEqualByComparingTo("2500");
        assertThat(byTime.perJobStart()).isEqualByComparingTo("21071");
        assertThat(byTime.coachFteOverStaff()).isFalse();
    }

    @Test
    void coachesWithMoreFteThanTheStaffShareTheSalariesAndNoneIsLeftForOthers() {
        // 1,0 FTE entered but the two coaches have 1,5: 60 000 / 1,5 = 40 000 per FTE;
        // A 1,0: 40 000 × 1/3 (10 of 30 h) = 13 333,33; B 0,5: 20 000 × 0 / 8 h = 0; nothing for others.
        ByTime byTime = ByTime.of(costs("1.0", "60000"), outcome(0, 0), List.of(
                new CoachInput("A", d("1.0"), d("30"), d("10")),
                new CoachInput("B", d("0.5"), d("8"), d("0")))).orElseThrow();
        assertThat(byTime.coachFteOverStaff()).isTrue();
        assertThat(byTime.salaryPerFte()).isEqualByComparingTo("40000");
        assertThat(byTime.coaches()).extracting(CoachShare::share).containsExactly(d("33.3"), d("0.0"));
        assertThat(byTime.otherStaffSalary()).isEqualByComparingTo("0");
        assertThat(byTime.salaryCounted()).isEqualByComparingTo("13333");
        assertThat(byTime.salaryOnOtherWork()).isEqualByComparingTo("46667");
        assertThat(byTime.ipsCost()).isEqualByComparingTo("23333");
        assertThat(byTime.perClientServed()).isNull();
        assertThat(byTime.perJobStart()).isNull();
    }

    @Test
    void withoutStaffFteNothingCanBeApportioned() {
        assertThat(ByTime.of(costs("0", "0"), outcome(3, 1), List.of())).isEmpty();
    }
}
