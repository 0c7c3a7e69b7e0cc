package fi.placera.reporting.internal;

import fi.placera.platform.Rejection;
import fi.placera.reporting.Outcomes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outcome report as one read-only SQL statement over indexed tables (decision 0015): every field of
 * data-exchange.md section 2 is one line of the final select, so each definition can be read against the contract.
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
    public Outcome of(Scope scope, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return jdbc.sql("""
                        with scope as (
                            select id, coach_staff_id from client where ips_team_id = :team
                            union all
                            select id, coach_staff_id from client where area_id = :area and :team::uuid is null
                            union all
                            select id, coach_staff_id from client where :national
                        ), episode as (
                            select s.id, s.coach_staff_id, a.agreed_on as enrolled_on, a.in_work_at_entry,
                                   e.ended_on as exit_on
                            from scope s join cooperation_agreement a on a.client_id = s.id
                            left join service_end e on e.client_id = s.id and e.reentered_on is null
                        ), served as (
                            select ep.*, exists (
                                       select 1 from job j where j.client_id = ep.id and j.competitive
                                         and j.started_on <= least(:to, ep.exit_on)
                                         and (j.ended_on is null or j.ended_on >= greatest(:from, ep.enrolled_on))) as worked
                            from episode ep where ep.enrolled_on <= :to and (ep.exit_on is null or ep.exit_on >= :from)
                        ), cohort as (
                            select c.*,
                                   exists (select 1 from job j where j.client_id = c.id and j.competitive
                                             and j.started_on <= c.at6 and (j.ended_on is null or j.ended_on >= c.at6)) as employed6,
                                   exists (select 1 from job j where j.client_id = c.id and j.competitive
                                             and j.started_on <= c.at12 and (j.ended_on is null or j.ended_on >= c.at12)) as employed12
                            from (select ep.id, (ep.enrolled_on + interval '6 months')::date as at6,
                                         (ep.enrolled_on + interval '12 months')::date as at12,
                                         (select min(ec.contacted_on) from employer_contact ec
                                          where ec.client_id = ep.id and ec.mode = 'FACE_TO_FACE'
                                            and ec.contacted_on >= ep.enrolled_on) - ep.enrolled_on as days_to_contact,
                                         (select min(j.started_on) from job j
                                          where j.client_id = ep.id and j.competitive
                                            and j.started_on >= ep.enrolled_on) - ep.enrolled_on as days_to_job
                                  from episode ep where ep.enrolled_on between :from and :to) c
                        ), coach as (
                            select distinct coach_staff_id from served where coach_staff_id is not null
                        ), contact as (
                            select ec.followed_preference from employer_contact ec
                            join coach on coach.coach_staff_id = ec.coach_staff_id
                            where ec.mode = 'FACE_TO_FACE' and ec.contacted_on between :from and :to
                        )
                        select
                            (select count(*) from served) as served,
                            (select count(*) from served where worked) as worked,
                            (select count(*) from served where not in_work_at_entry) as served_out_of_work,
                            (select count(*) from served where worked and not in_work_at_entry) as worked_out_of_work,
                            (select count(*) from job j join episode ep on ep.id = j.client_id
                             where j.competitive and j.started_on between :from and :to
                               and j.started_on >= ep.enrolled_on) as job_starts,
                            (select count(*) from episode ep
                             where exists (select 1 from job j where j.client_id = ep.id and j.competitive
                                             and j.started_on between greatest(:from, ep.enrolled_on) and :to)
                               and not exists (select 1 from job j where j.client_id = ep.id and j.competitive
                                                 and j.started_on >= ep.enrolled_on and j.started_on < :from)) as first_job_starts,
                            (select count(*) from cohort) as enrolled,
                            (select round(avg(days_to_contact), 1) from cohort) as contact_mean,
                            (select percentile_cont(0.5) within group (order by days_to_contact) from cohort) as contact_median,
                            (select count(*) from cohort where days_to_contact is null) as without_contact,
                            (select round(avg(days_to_job), 1) from cohort) as job_mean,
                            (select percentile_cont(0.5) within group (order by days_to_job) from cohort) as job_median,
                            (select count(*) from cohort where days_to_job is null) as without_job,
                            (select count(*) from coach) as coaches,
                            (select count(*) from contact) as contacts,
                            (select count(*) from contact where followed_preference is not null) as with_preference,
                            (select count(*) from contact where followed_preference) as followed_preference,
                            (select count(*) from cohort where employed6 and at6 <= :to) as employed6,
                            (select count(*) from cohort where at6 <= :to) as eligible6,
                            (select count(*) from cohort where employed12 and at12 <= :to) as employed12,
                            (select count(*) from cohort where at12 <= :to) as eligible12""")
                .param("team", scope.ipsTeamId())
                .param("area", scope.areaId())
                .param("national", scope.ipsTeamId() == null && scope.areaId() == null)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> outcome(rs, from, to, days))
                .single();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new Rejection(from == null ? "from" : "to", "report.period.missing");
        }
        if (to.isBefore(from)) {
            throw new Rejection("to", "report.period.reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw new Rejection("to", "report.period.too-long", MAX_PERIOD_DAYS);
        }
    }

    private static Outcome outcome(ResultSet rs, LocalDate from, LocalDate to, long days) throws SQLException {
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
                rs.getInt("employed12"), rs.getInt("eligible12"));
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
