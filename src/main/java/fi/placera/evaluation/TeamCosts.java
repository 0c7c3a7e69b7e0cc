package fi.placera.evaluation;

import fi.placera.reporting.Outcomes.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;

/**
 * A team's yearly costs and the figures made of them with the outcome report of the same year: cost per client
 * served and per job start, and an alternative-cost estimate from unit costs with its assumptions shown.
 */
public interface TeamCosts {

    Optional<Costs> of(UUID ipsTeamId, int year);

    /** Saves the year's costs; refused (named field) for a negative amount or months in work outside 0–12. */
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

        private static BigDecimal per(BigDecimal total, int count) {
            return count == 0 ? null : total.divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP);
        }
    }
}
