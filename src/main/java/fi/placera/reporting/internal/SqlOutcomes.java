package fi.placera.reporting.internal;

import fi.placera.platform.IpsModel;
import fi.placera.platform.Rejection;
import fi.placera.reporting.Outcomes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outcome report as one read-only SQL statement over the facts the other modules publish (decisions 0015,
 * 0049), for any number of periods at once (a trend's quarters are one statement, not one each): every field of
 * data-exchange.md section 2 is one line of a per-period aggregate, so each definition can be read against the
 * contract.
 * Placera's records map to the contract as follows: enrolment = the cooperation agreement's day, exit = an
 * open service end (a re-entered client is in service again), a job counts when it is competitive, and an
 * employer contact is face to face when its mode says so.
 */
@Component
class SqlOutcomes implements Outcomes {

    private static final int RATE_SCALE = 4;
    private static final int DAYS_SCALE = 1;

    private final JdbcClient jdbc;

    SqlOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Outcome> of(Scope scope, List<Period> periods) {
        periods.forEach(period -> checkPeriod(period.from(), period.to()));
        if (periods.isEmpty()) {
            return List.of();
        }
        List<Object[]> numbered = IntStream.range(0, periods.size())
                .mapToObj(n -> new Object[] {n, periods.get(n).from(), periods.get(n).to()}).toList();
        return jdbc.sql("""
                        with period as (
                            select cast(n as int) as n, cast(from_day as date) as from_day, cast(to_day as date) as to_day
                            from (values :periods) as v(n, from_day, to_day)
                        ), episode as (
                            select client_id as id, coach_staff_id, enrolled_on, in_work_at_entry, exit_on, until_on
                            from clients_facts_episode where ips_team_id = any(:teams)
                            union all
                            select client_id, coach_staff_id, enrolled_on, in_work_at_entry, exit_on, until_on
                            from clients_facts_episode where area_id = :area and :teams::uuid[] is null
                            union all
                            select client_id, coach_staff_id, enrolled_on, in_work_at_entry, exit_on, until_on
                            from clients_facts_episode where :national
                        ), served as (
                            select p.n, ep.coach_staff_id, ep.in_work_at_entry, exists (
                                       select 1 from jobs_facts_job j where j.client_id = ep.id and j.competitive
                                         and j.started_on <= least(p.to_day, ep.exit_on)
                                         and (j.ended_on is null or j.ended_on >= greatest(p.from_day, ep.enrolled_on))) as worked
                            from period p join episode ep
                              on ep.enrolled_on <= p.to_day and (ep.exit_on is null or ep.exit_on >= p.from_day)
                        ), cohort as (
                            select c.*,
                                   exists (select 1 from jobs_facts_job j where j.client_id = c.id and j.competitive
                                             and j.started_on <= c.at6 and (j.ended_on is null or j.ended_on >= c.at6)) as employed6,
                                   exists (select 1 from jobs_facts_job j where j.client_id = c.id and j.competitive
                                             and j.started_on <= c.at12 and (j.ended_on is null or j.ended_on >= c.at12)) as employed12
                            from (select p.n, p.to_day, ep.id, (ep.enrolled_on + make_interval(months => :employedAtFirst))::date as at6,
                                         (ep.enrolled_on + make_interval(months => :employedAtSecond))::date as at12,
                                         (select f.contacted_on from employers_facts_first_face_to_face_contact f
                                          where f.client_id = ep.id and f.enrolled_on = ep.enrolled_on) - ep.enrolled_on
                                             as days_to_contact,
                                         (select min(j.started_on) from jobs_facts_job j
                                          where j.client_id = ep.id and j.competitive
                                            and j.started_on >= ep.enrolled_on and (ep.until_on is null or j.started_on < ep.until_on)) - ep.enrolled_on
                                             as days_to_job
                                  from period p join episode ep on ep.enrolled_on between p.from_day and p.to_day) c
                        ), coach as (
                            select distinct n, coach_staff_id from served where coach_staff_id is not null
                        ), contact as (
                            select p.n from period p
                            join coach on coach.n = p.n
                            join employers_facts_contact ec on ec.coach_staff_id = coach.coach_staff_id
                            where ec.face_to_face and ec.contacted_on between p.from_day and p.to_day
                        ), team_coach as (
                            select distinct m.staff_member_id from organisation_facts_team_member m
                            join organisation_facts_team t on t.ips_team_id = m.ips_team_id
                            where m.team_role = 'COACH'
                              and (t.ips_team_id = any(:teams) or (t.area_id = :area and :teams::uuid[] is null)
                                   or :national)
                        ), preference_contact as (
                            -- all of the team's coaches' face-to-face contacts with a preference recorded, whether
                            -- or not the coach or the client was served in the period (data-exchange.md)
                            select p.n, ec.followed_preference from period p
                            join employers_facts_contact ec on ec.contacted_on between p.from_day and p.to_day
                            where ec.face_to_face and ec.followed_preference is not null
                              and ec.coach_staff_id in (select staff_member_id from team_coach)
                        ), served_figures as (
                            select n,
                                   count(*) as served,
                                   count(*) filter (where worked) as worked,
                                   count(*) filter (where not in_work_at_entry) as served_out_of_work,
                                   count(*) filter (where worked and not in_work_at_entry) as worked_out_of_work
                            from served group by n
                        ), start_figures as (
                            select p.n, count(*) as job_starts
                            from period p join jobs_facts_job j on j.competitive and j.started_on between p.from_day and p.to_day
                            join episode ep on ep.id = j.client_id and j.started_on >= ep.enrolled_on
                              and (ep.until_on is null or j.started_on < ep.until_on)
                            group by p.n
                        ), first_start_figures as (
                            select p.n, count(*) as first_job_starts
                            from period p cross join episode ep
                            where exists (select 1 from jobs_facts_job j where j.client_id = ep.id and j.competitive
                                            and j.started_on between greatest(p.from_day, ep.enrolled_on) and p.to_day
                                            and (ep.until_on is null or j.started_on < ep.until_on))
                              and not exists (select 1 from jobs_facts_job j where j.client_id = ep.id and j.competitive
                                                and j.started_on >= ep.enrolled_on and j.started_on < p.from_day)
                            group by p.n
                        ), cohort_figures as (
                            select n,
                                   count(*) as enrolled,
                                   round(avg(days_to_contact), 1) as contact_mean,
                                   percentile_cont(0.5) within group (order by days_to_contact) as contact_median,
                                   count(*) filter (where days_to_contact is null) as without_contact,
                                   round(avg(days_to_job), 1) as job_mean,
                                   percentile_cont(0.5) within group (order by days_to_job) as job_median,
                                   count(*) filter (where days_to_job is null) as without_job,
                                   count(*) filter (where employed6 and at6 <= to_day) as employed6,
                                   count(*) filter (where at6 <= to_day) as eligible6,
                                   count(*) filter (where employed12 and at12 <= to_day) as employed12,
                                   count(*) filter (where at12 <= to_day) as eligible12
                            from cohort group by n
                        ), contact_figures as (
                            select n, count(*) as contacts from contact group by n
                        ), preference_figures as (
                            select n,
                                   count(*) as with_preference,
                                   count(*) filter (where followed_preference) as followed_preference
                            from preference_contact group by n
                        )
                        select p.n,
                               coalesce(s.served, 0) as served, coalesce(s.worked, 0) as worked,
                               coalesce(s.served_out_of_work, 0) as served_out_of_work,
                               coalesce(s.worked_out_of_work, 0) as worked_out_of_work,
                               coalesce(js.job_starts, 0) as job_starts, coalesce(fs.first_job_starts, 0) as first_job_starts,
                               coalesce(c.enrolled, 0) as enrolled, c.contact_mean, c.contact_median,
                               coalesce(c.without_contact, 0) as without_contact, c.job_mean, c.job_median,
                               coalesce(c.without_job, 0) as without_job,
                               (select count(*) from coach where coach.n = p.n) as coaches,
                               coalesce(ct.contacts, 0) as contacts, coalesce(pf.with_preference, 0) as with_preference,
                               coalesce(pf.followed_preference, 0) as followed_preference,
                               coalesce(c.employed6, 0) as employed6, coalesce(c.eligible6, 0) as eligible6,
                               coalesce(c.employed12, 0) as employed12, coalesce(c.eligible12, 0) as eligible12
                        from period p
                        left join served_figures s on s.n = p.n
                        left join start_figures js on js.n = p.n
                        left join first_start_figures fs on fs.n = p.n
                        left join cohort_figures c on c.n = p.n
                        left join contact_figures ct on ct.n = p.n
                        left join preference_figures pf on pf.n = p.n
                        order by p.n""")
                .param("periods", numbered)
                .param("teams", scope.ipsTeamIds() == null ? null : scope.ipsTeamIds().toArray(UUID[]::new))
                .param("area", scope.areaId())
                .param("national", scope.isNational())
                .param("employedAtFirst", IpsModel.EMPLOYED_AT_MONTHS_FIRST)
                .param("employedAtSecond", IpsModel.EMPLOYED_AT_MONTHS_SECOND)
                .query((rs, row) -> outcome(rs, periods.get(rs.getInt("n"))))
                .list();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new Rejection(from == null ? "from" : "to", "report.period.missing");
        }
        if (to.isBefore(from)) {
            throw new Rejection("to", "report.period.reversed");
        }
    }

    private static Outcome outcome(ResultSet rs, Period period) throws SQLException {
        LocalDate from = period.from();
        LocalDate to = period.to();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        int served = rs.getInt("served");
        int worked = rs.getInt("worked");
        int servedOut = rs.getInt("served_out_of_work");
        int workedOut = rs.getInt("worked_out_of_work");
        int coaches = rs.getInt("coaches");
        int withPreference = rs.getInt("with_preference");
        return new Outcome(from, to, served, worked, rate(worked, served), servedOut, workedOut,
                rate(workedOut, servedOut), rs.getInt("job_starts"), rs.getInt("first_job_starts"), rs.getInt("enrolled"),
                rs.getBigDecimal("contact_mean"), median(rs, "contact_median"), rs.getInt("without_contact"),
                rs.getBigDecimal("job_mean"), median(rs, "job_median"), rs.getInt("without_job"),
                coaches == 0 ? null : BigDecimal.valueOf(rs.getLong("contacts") * 7)
                        .divide(BigDecimal.valueOf(coaches * days), RATE_SCALE, RoundingMode.HALF_UP),
                rate(rs.getInt("followed_preference"), withPreference), rs.getInt("employed6"), rs.getInt("eligible6"),
                rs.getInt("employed12"), rs.getInt("eligible12"), coaches, rs.getInt("contacts"), withPreference,
                rs.getInt("followed_preference"));
    }

    private static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** A median of whole days is a whole or a half day, exact in a double. */
    private static BigDecimal median(ResultSet rs, String column) throws SQLException {
        double median = rs.getDouble(column);
        return rs.wasNull() ? null : BigDecimal.valueOf(median).setScale(DAYS_SCALE, RoundingMode.HALF_UP);
    }
}
