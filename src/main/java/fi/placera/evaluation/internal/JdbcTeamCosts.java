package fi.placera.evaluation.internal;

import fi.placera.evaluation.TeamCosts;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamCoach;
import fi.placera.organisation.TeamRole;
import fi.placera.platform.Rejection;
import fi.placera.reporting.Outcomes.Outcome;
import fi.placera.worktime.CoachTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A team's yearly costs in PostgreSQL, one row per team and year, replaced on every save; the apportionment by time
 * reads the team's coaches (organisation) and their recorded hours of the year (worktime).
 */
@Service
class JdbcTeamCosts implements TeamCosts {

    /** More than this in one cost line of one team's year is a typing error (a hundred million euros). */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");
    /** More staff than this in one IPS team is a typing error. */
    private static final BigDecimal MAX_FTE = BigDecimal.valueOf(500);
    private static final BigDecimal MAX_MONTHS = BigDecimal.valueOf(12);

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final CoachTime coachTime;

    JdbcTeamCosts(JdbcClient jdbc, Organisation organisation, CoachTime coachTime) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.coachTime = coachTime;
    }

    @Override
    public Optional<ByTime> byTime(UUID ipsTeamId, Costs costs, Outcome outcome) {
        List<TeamCoach> coaches = organisation.membersOf(ipsTeamId, TeamRole.COACH);
        Map<UUID, CoachTime.Hours> hours = coachTime.hoursOf(coaches.stream().map(TeamCoach::staffMemberId).toList(),
                LocalDate.of(costs.year(), 1, 1), LocalDate.of(costs.year(), 12, 31));
        return ByTime.of(costs, outcome, coaches.stream().map(coach -> {
            CoachTime.Hours recorded = hours.get(coach.staffMemberId());
            return new CoachInput(coach.fullName(), coach.fte(), recorded == null ? null : recorded.total(),
                    recorded == null ? null : recorded.employment());
        }).toList());
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
            if (amount.signum() < 0) {
                throw new Rejection(field, "evaluation.costs.amount");
            }
            if (amount.compareTo(MAX_AMOUNT) > 0) {
                throw new Rejection(field, "evaluation.costs.too-large");
            }
        });
        if (costs.monthsInWork().compareTo(MAX_MONTHS) > 0) {
            throw new Rejection("monthsInWork", "evaluation.costs.months");
        }
        if (costs.staffFte().compareTo(MAX_FTE) > 0) {
            throw new Rejection("staffFte", "evaluation.costs.fte");
        }
        if (costs.staffFte().signum() == 0 && costs.salaries().signum() > 0) {
            throw new Rejection("staffFte", "evaluation.costs.fte-needed");
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
