package fi.placera.evaluation.internal;

import fi.placera.evaluation.TeamCosts;
import fi.placera.platform.Rejection;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A team's yearly costs in PostgreSQL, one row per team and year, replaced on every save. */
@Service
class JdbcTeamCosts implements TeamCosts {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999");
    private static final BigDecimal MAX_MONTHS = BigDecimal.valueOf(12);

    private final JdbcClient jdbc;

    JdbcTeamCosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Costs> of(UUID ipsTeamId, int year) {
        return jdbc.sql("""
                        select year, staff_fte, salary_cost, premises_cost, travel_cost, training_cost, other_cost,
                               benefit_per_month, care_per_month, months_in_work
                        from evaluation_team_cost where ips_team_id = :team and year = :year""")
                .param("team", ipsTeamId).param("year", year)
                .query((rs, row) -> new Costs(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10)))
                .optional();
    }

    @Override
    public void save(UUID ipsTeamId, Costs costs, UUID savedBy) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("staffFte", costs.staffFte());
        amounts.put("salaries", costs.salaries());
        amounts.put("premises", costs.premises());
        amounts.put("travel", costs.travel());
        amounts.put("training", costs.training());
        amounts.put("other", costs.other());
        amounts.put("benefitPerMonth", costs.benefitPerMonth());
        amounts.put("carePerMonth", costs.carePerMonth());
        amounts.put("monthsInWork", costs.monthsInWork());
        amounts.forEach((field, amount) -> {
            if (amount == null) {
                throw new Rejection(field, "evaluation.costs.amount");
            }
            if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
                throw new Rejection(field, "evaluation.costs.amount");
            }
        });
        if (costs.monthsInWork().compareTo(MAX_MONTHS) > 0) {
            throw new Rejection("monthsInWork", "evaluation.costs.months");
        }
        if (costs.staffFte().compareTo(new BigDecimal("9999")) > 0) {
            throw new Rejection("staffFte", "evaluation.costs.amount");
        }
        if (costs.year() < 2000 || costs.year() > 2100) {
            throw new Rejection("year", "evaluation.costs.year");
        }
        jdbc.sql("""
                        insert into evaluation_team_cost (ips_team_id, year, staff_fte, salary_cost, premises_cost,
                            travel_cost, training_cost, other_cost, benefit_per_month, care_per_month, months_in_work,
                            updated_by)
                        values (:team, :year, :fte, :salaries, :premises, :travel, :training, :other, :benefit, :care,
                            :months, :by)
                        on conflict (ips_team_id, year) do update set staff_fte = excluded.staff_fte,
                            salary_cost = excluded.salary_cost, premises_cost = excluded.premises_cost,
                            travel_cost = excluded.travel_cost, training_cost = excluded.training_cost,
                            other_cost = excluded.other_cost, benefit_per_month = excluded.benefit_per_month,
                            care_per_month = excluded.care_per_month, months_in_work = excluded.months_in_work,
                            updated_by = excluded.updated_by""")
                .param("team", ipsTeamId).param("year", costs.year()).param("fte", costs.staffFte())
                .param("salaries", costs.salaries()).param("premises", costs.premises())
                .param("travel", costs.travel()).param("training", costs.training()).param("other", costs.other())
                .param("benefit", costs.benefitPerMonth()).param("care", costs.carePerMonth())
                .param("months", costs.monthsInWork()).param("by", savedBy)
                .update();
    }
}
