package fi.placera.evaluation;

import fi.placera.reporting.Outcomes.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A team's yearly costs and the figures made of them with the outcome report of the same year: cost per client
 * served and per job start, and an alternative-cost estimate from unit costs with its assumptions shown.
 */
public interface TeamCosts {

    Optional<Costs> of(UUID ipsTeamId, int year);

    /**
     * The year's salary cost apportioned by the coaches' recorded time (worktime) with the outcome of the year; empty
     * when the costs name no staff FTE to divide the salaries by.
     */
    Optional<ByTime> byTime(UUID ipsTeamId, Costs costs, Outcome outcome);

    /**
     * Saves the year's costs; refused (named field) for a negative or absurd amount, months in work outside 0–12, or
     * salaries without staff FTE.
     */
    void save(UUID ipsTeamId, Costs costs, UUID savedBy);

    /** The costs of one year (euros) and the unit costs and assumption of the alternative-cost estimate. */
    record Costs(int year, BigDecimal staffFte, BigDecimal salaries, BigDecimal premises, BigDecimal travel,
            BigDecimal training, BigDecimal other, BigDecimal benefitPerMonth, BigDecimal carePerMonth,
            BigDecimal monthsInWork) {

        public BigDecimal total() {
            return salaries.add(premises).add(travel).add(training).add(other);
        }
    }

    /**
     * The figures of a year: the total cost; per client served and per job start (none when there were none); the
     * alternative cost = clients in work × months in work × (benefits + care per month), and the total minus it.
     */
    record Figures(BigDecimal total, int served, int jobStarts, int worked, BigDecimal perClientServed,
            BigDecimal perJobStart, BigDecimal alternativeCost, BigDecimal netCost) {

        public static Figures of(Costs costs, Outcome outcome) {
            BigDecimal total = costs.total().setScale(0, RoundingMode.HALF_UP);
            BigDecimal alternative = BigDecimal.valueOf(outcome.worked()).multiply(costs.monthsInWork())
                    .multiply(costs.benefitPerMonth().add(costs.carePerMonth())).setScale(0, RoundingMode.HALF_UP);
            return new Figures(total, outcome.served(), outcome.jobStarts(), outcome.worked(),
                    per(total, outcome.served()), per(total, outcome.jobStarts()), alternative, total.subtract(alternative));
        }

        static BigDecimal per(BigDecimal total, int count) {
            return count == 0 ? null : total.divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP);
        }
    }

    /** A coach of the team with their FTE in it and their recorded hours of the year (null when none). */
    record CoachInput(String name, BigDecimal fte, BigDecimal totalHours, BigDecimal employmentHours) {
    }

    /**
     * One coach's part: salary cost = the salary cost per FTE × their FTE; the share of their recorded hours spent on
     * employment work (percent, null when they recorded nothing); the part counted = salary × share (in full without
     * records).
     */
    record CoachShare(String name, BigDecimal fte, BigDecimal salary, BigDecimal totalHours,
            BigDecimal employmentHours, BigDecimal share, BigDecimal counted) {

        public boolean recorded() {
            return share != null;
        }
    }

    /**
     * The year's cost of the IPS service with the salaries apportioned by recorded time. The salary cost per FTE is
     * the salaries over the staff FTE (over the coaches' FTE when these add up to more, {@code coachFteOverStaff}).
     * Each coach's salary counts by their share of recorded hours on employment work (every activity but "other than
     * employment"); a coach who recorded nothing counts in full; the salaries of the other staff (the part of the staff
     * FTE that is not the coaches', e.g. the leader) count in full. The IPS cost = the salary counted + premises,
     * travel, training and other costs; per client served and per job start as in the outcome report of the year.
     * Euros are rounded to whole euros at the end.
     */
    record ByTime(BigDecimal salaryPerFte, List<CoachShare> coaches, boolean coachFteOverStaff,
            BigDecimal otherStaffSalary, BigDecimal salaryCounted, BigDecimal salaryOnOtherWork,
            BigDecimal nonSalaryCosts, BigDecimal ipsCost, int served, int jobStarts, BigDecimal perClientServed,
            BigDecimal perJobStart) {

        public static Optional<ByTime> of(Costs costs, Outcome outcome, List<CoachInput> coaches) {
            BigDecimal coachFte = coaches.stream().map(CoachInput::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean over = coachFte.compareTo(costs.staffFte()) > 0;
            BigDecimal fte = over ? coachFte : costs.staffFte();
            if (fte.signum() == 0) {
                return Optional.empty();
            }
            BigDecimal perFte = costs.salaries().divide(fte, 10, RoundingMode.HALF_UP);
            List<CoachShare> shares = new ArrayList<>();
            BigDecimal coachSalaries = BigDecimal.ZERO;
            BigDecimal counted = BigDecimal.ZERO;
            for (CoachInput coach : coaches) {
                BigDecimal salary = perFte.multiply(coach.fte());
                boolean recorded = coach.totalHours() != null && coach.totalHours().signum() > 0;
                BigDecimal ratio = recorded
                        ? coach.employmentHours().divide(coach.totalHours(), 10, RoundingMode.HALF_UP)
                        : BigDecimal.ONE;
                BigDecimal part = salary.multiply(ratio);
                coachSalaries = coachSalaries.add(salary);
                counted = counted.add(part);
                shares.add(new CoachShare(coach.name(), coach.fte(), euros(salary),
                        recorded ? coach.totalHours() : null, recorded ? coach.employmentHours() : null,
                        recorded ? ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP) : null, euros(part)));
            }
            BigDecimal otherStaff = costs.salaries().subtract(coachSalaries).max(BigDecimal.ZERO);
            BigDecimal salaryCounted = counted.add(otherStaff);
            BigDecimal nonSalary = costs.total().subtract(costs.salaries());
            BigDecimal ipsCost = euros(salaryCounted.add(nonSalary));
            return Optional.of(new ByTime(euros(perFte), List.copyOf(shares), over, euros(otherStaff),
                    euros(salaryCounted), euros(costs.salaries().subtract(salaryCounted)), euros(nonSalary), ipsCost,
                    outcome.served(), outcome.jobStarts(), Figures.per(ipsCost, outcome.served()),
                    Figures.per(ipsCost, outcome.jobStarts())));
        }

        private static BigDecimal euros(BigDecimal amount) {
            return amount.setScale(0, RoundingMode.HALF_UP);
        }
    }
}
