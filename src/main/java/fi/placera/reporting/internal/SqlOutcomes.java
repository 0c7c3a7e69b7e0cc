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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outcome report as one read-only SQL statement over the facts the other modules publish (decisions 0015,
 * 0049), for any number of scopes and periods at once (a trend's quarters, or an area and each of its teams, are one
 * statement, not one each, decision 0089): every field of data-exchange.md section 2 is one line of an aggregate per
 * scope and period, so each definition can be read against the contract. A single scope is the same statement with
 * one group. What an episode is worth (served and working in a period, its first contact and first job, employed
 * at 6 and 12 months) is worked out once, however many of the groups count it (decision 0094); the counts are made
 * per part of the country (a team in an area) and summed into each group that the part belongs to, and only what does
 * not add up (coaches, medians) is worked out per group (decision 0096). Each scope's report for a period is kept while the records it reads are unchanged ({@link KeptFigures}),
 * so a statement computes only the reports that are not.
 * Placera's records map to the contract as follows: enrolment = the cooperation agreement's day, exit = an
 * open service end (a re-entered client is in service again), a job counts when it is competitive, and an
 * employer contact is face to face when its mode says so.
 */
@Component
class SqlOutcomes implements Outcomes {

    private static final int RATE_SCALE = 4;
    private static final int DAYS_SCALE = 1;

    private final JdbcClient jdbc;
    private final KeptFigures kept;

    SqlOutcomes(JdbcClient jdbc, KeptFigures kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    @Override
    public Map<Scope, List<Outcome>> ofEach(Collection<Scope> scopes, List<Period> periods) {
        periods.forEach(period -> checkPeriod(period.from(), period.to()));
        List<Scope> groups = List.copyOf(new LinkedHashSet<>(scopes));
        List<ScopePeriod> asked = groups.stream()
                .flatMap(scope -> periods.stream().map(period -> new ScopePeriod(scope, period))).toList();
        Map<ScopePeriod, Outcome> found = kept.ofAll(asked, Outcome.class, this::computed);
        Map<Scope, List<Outcome>> reports = new LinkedHashMap<>();
        groups.forEach(scope -> reports.put(scope,
                periods.stream().map(period -> found.get(new ScopePeriod(scope, period))).toList()));
        return reports;
    }

    /** One scope's report for one period, as it is kept. */
    private record ScopePeriod(Scope scope, Period period) {
    }

    /** The reports of the scopes and periods missing, computed together: every missing scope in every missing period. */
    private Map<ScopePeriod, Outcome> computed(List<ScopePeriod> missing) {
        List<Scope> scopes = missing.stream().map(ScopePeriod::scope).distinct().toList();
        List<Period> periods = missing.stream().map(ScopePeriod::period).distinct().toList();
        Map<ScopePeriod, Outcome> computed = new HashMap<>();
        compute(scopes, periods).forEach((scope, outcomes) -> {
            for (int n = 0; n < periods.size(); n++) {
                computed.put(new ScopePeriod(scope, periods.get(n)), outcomes.get(n));
            }
        });
        return computed;
    }

    private Map<Scope, List<Outcome>> compute(List<Scope> groups, List<Period> periods) {
        Map<Scope, List<Outcome>> reports = new LinkedHashMap<>();
        Members members = Members.of(groups);
        List<Object[]> numbered = IntStream.range(0, periods.size())
                .mapToObj(n -> new Object[] {n, periods.get(n).from(), periods.get(n).to()}).toList();
        List<Outcome> rows = jdbc.sql("""
                        with period as (
                            select cast(n as int) as n, cast(from_day as date) as from_day, cast(to_day as date) as to_day
                            from (values :periods) as v(n, from_day, to_day)
                        ), episode as materialized (
                            -- every episode that a group counts, once: everyone's, or those of the areas asked and those
                            -- of the teams asked outside those areas (each branch served by its index). An episode's
                            -- part of the country is its team and area; none of a group's parts is split by another
                            -- group. Without a team or an area, the part is that of the nil team or area -1, which no
                            -- team or area group names (only the country counts it), and which the joins below can match.
                            select id, coalesce(team, '00000000-0000-0000-0000-000000000000') as team,
                                   coalesce(area, -1) as area, coach_staff_id, enrolled_on, in_work_at_entry, exit_on, until_on
                            from (select e.client_id as id, e.ips_team_id as team, e.area_id as area, e.coach_staff_id,
                                         e.enrolled_on, e.in_work_at_entry, e.exit_on, e.until_on
                                  from clients_facts_episode e where cardinality(:nationalGroups::int[]) > 0
                                  union all
                                  select e.client_id, e.ips_team_id, e.area_id, e.coach_staff_id, e.enrolled_on,
                                         e.in_work_at_entry, e.exit_on, e.until_on
                                  from clients_facts_episode e
                                  where cardinality(:nationalGroups::int[]) = 0 and e.area_id = any(:areas::smallint[])
                                  union all
                                  select e.client_id, e.ips_team_id, e.area_id, e.coach_staff_id, e.enrolled_on,
                                         e.in_work_at_entry, e.exit_on, e.until_on
                                  from clients_facts_episode e
                                  where cardinality(:nationalGroups::int[]) = 0 and e.ips_team_id = any(:teams::uuid[])
                                    and not coalesce(e.area_id = any(:areas::smallint[]), false)) e
                        ), part as (
                            select distinct team, area from episode
                        ), part_group as (
                            -- the groups that count each part: a team's groups, an area's, the country
                            select p.team, p.area, m.g from part p
                            join unnest(:teamGroups::int[], :teams::uuid[]) as m(g, team) on m.team = p.team
                            union all
                            select p.team, p.area, m.g from part p
                            join unnest(:areaGroups::int[], :areas::smallint[]) as m(g, area) on m.area = p.area
                            union all
                            select p.team, p.area, m.g from part p cross join unnest(:nationalGroups::int[]) as m(g)
                        ), counting_job as materialized (
                            -- each episode's client's counting jobs, joined once (not looked up once per period);
                            -- in_episode: started on or after enrolment and before a re-entry
                            select e.id, e.enrolled_on, e.team, e.area, e.in_work_at_entry, e.exit_on, j.started_on, j.ended_on,
                                   j.started_on >= e.enrolled_on and (e.until_on is null or j.started_on < e.until_on) as in_episode
                            from episode e join jobs_facts_job j on j.client_id = e.id and j.competitive
                        ), episode_job as materialized (
                            -- what each episode's jobs say: its first counting job start, and whether a counting job
                            -- went on 6 and 12 months after enrolment
                            select id, enrolled_on, team, area, min(started_on) filter (where in_episode) as first_job_on,
                                   bool_or(started_on <= at6 and (ended_on is null or ended_on >= at6)) as employed6,
                                   bool_or(started_on <= at12 and (ended_on is null or ended_on >= at12)) as employed12
                            from (select j.*, (j.enrolled_on + make_interval(months => :employedAtFirst))::date as at6,
                                         (j.enrolled_on + make_interval(months => :employedAtSecond))::date as at12
                                  from counting_job j) j
                            group by id, enrolled_on, team, area
                        ), served as materialized (
                            -- the episodes in service in each period (of those enrolled before the last period ends and
                            -- not ended before the first begins), counted per part and coach
                            select e.team, e.area, p.n, e.coach_staff_id, count(*) as served,
                                   count(*) filter (where not e.in_work_at_entry) as served_out_of_work
                            from period p join (select * from episode
                                                where enrolled_on <= (select max(to_day) from period)
                                                  and (exit_on is null or exit_on >= (select min(from_day) from period))) e
                              on e.enrolled_on <= p.to_day and (e.exit_on is null or e.exit_on >= p.from_day)
                            group by e.team, e.area, p.n, e.coach_staff_id
                        ), worked as (
                            -- the served episodes with a counting job in the period, found from their jobs
                            select distinct j.id, j.enrolled_on, j.team, j.area, j.in_work_at_entry, p.n
                            from counting_job j join period p
                              on j.enrolled_on <= p.to_day and (j.exit_on is null or j.exit_on >= p.from_day)
                             and j.started_on <= least(p.to_day, j.exit_on)
                             and (j.ended_on is null or j.ended_on >= greatest(p.from_day, j.enrolled_on))
                        ), cohort_episode as materialized (
                            -- the episodes enrolled in a period, each once, with its days to the first face-to-face
                            -- contact and to the first job, and whether it was employed 6 and 12 months after enrolment
                            -- (materialized: otherwise each aggregate that reads the days would look them up again)
                            select e.id, e.team, e.area, e.enrolled_on,
                                   (e.enrolled_on + make_interval(months => :employedAtFirst))::date as at6,
                                   (e.enrolled_on + make_interval(months => :employedAtSecond))::date as at12,
                                   (select f.contacted_on from employers_facts_first_face_to_face_contact f
                                    where f.client_id = e.id and f.enrolled_on = e.enrolled_on) - e.enrolled_on as days_to_contact,
                                   ej.first_job_on - e.enrolled_on as days_to_job,
                                   coalesce(ej.employed6, false) as employed6, coalesce(ej.employed12, false) as employed12
                            from episode e left join episode_job ej on ej.id = e.id and ej.enrolled_on = e.enrolled_on
                            where e.enrolled_on between (select min(from_day) from period) and (select max(to_day) from period)
                              and exists (select 1 from period p where e.enrolled_on between p.from_day and p.to_day)
                        ), cohort as (
                            -- each cohort episode in each period and group that counts it
                            select pg.g, p.n, p.to_day, c.*
                            from cohort_episode c join period p on c.enrolled_on between p.from_day and p.to_day
                            join part_group pg on pg.team = c.team and pg.area = c.area
                        ), coach as (
                            select distinct pg.g, s.n, s.coach_staff_id
                            from served s join part_group pg on pg.team = s.team and pg.area = s.area
                            where s.coach_staff_id is not null
                        ), group_team as (
                            -- the IPS teams of group g, whether or not they have clients: its own, those of its area, or
                            -- every team (filtered as the episodes are, so that a kind of scope not asked for is not
                            -- estimated as one row)
                            select m.g, t.ips_team_id from organisation_facts_team t
                            join unnest(:teamGroups::int[], :teams::uuid[]) as m(g, team) on m.team = t.ips_team_id
                            where t.ips_team_id = any(:teams::uuid[])
                            union all
                            select m.g, t.ips_team_id from organisation_facts_team t
                            join unnest(:areaGroups::int[], :areas::smallint[]) as m(g, area) on m.area = t.area_id
                            where t.area_id = any(:areas::smallint[])
                            union all
                            select m.g, t.ips_team_id from organisation_facts_team t
                            cross join unnest(:nationalGroups::int[]) as m(g)
                            where cardinality(:nationalGroups::int[]) > 0
                        ), team_coach as (
                            select distinct gt.g, m.staff_member_id from group_team gt
                            join organisation_facts_team_member m on m.ips_team_id = gt.ips_team_id
                            where m.team_role = 'COACH'
                        ), bound as (
                            -- the days on which a period begins or ends: between two of them, each day is in the same periods
                            select array_agg(distinct d order by d) as days
                            from (select from_day from period union select to_day + 1 from period) b(d)
                        ), period_span as (
                            -- the spans between bounds that each period covers
                            select p.n, width_bucket(p.from_day, b.days) as first_span, width_bucket(p.to_day, b.days) as last_span
                            from period p cross join bound b
                        ), coach_contact as (
                            -- each coach's face-to-face contacts in each period: read once from the coach's index (V144)
                            -- and counted by span, then summed into the periods that cover the span
                            select cp.coach_staff_id, ps.n, sum(f.contacts) as contacts,
                                   sum(f.with_preference) as with_preference, sum(f.followed_preference) as followed_preference
                            from (select coach_staff_id from coach union select staff_member_id from team_coach) cp
                            cross join lateral (
                                select width_bucket(ec.contacted_on, (select days from bound)) as span, count(*) as contacts,
                                       count(ec.followed_preference) as with_preference,
                                       count(*) filter (where ec.followed_preference) as followed_preference
                                from employers_facts_contact ec
                                where ec.coach_staff_id = cp.coach_staff_id and ec.face_to_face
                                  and ec.contacted_on between (select min(from_day) from period) and (select max(to_day) from period)
                                group by 1) f
                            join period_span ps on f.span between ps.first_span and ps.last_span
                            group by cp.coach_staff_id, ps.n
                        ), served_figures as (
                            -- each count per part of the country, then summed over the parts of each group
                            select pg.g, s.n, sum(s.served) as served, sum(s.served_out_of_work) as served_out_of_work
                            from served s join part_group pg on pg.team = s.team and pg.area = s.area
                            group by pg.g, s.n
                        ), worked_figures as (
                            select pg.g, w.n, sum(w.worked) as worked, sum(w.worked_out_of_work) as worked_out_of_work
                            from (select team, area, n, count(*) as worked,
                                         count(*) filter (where not in_work_at_entry) as worked_out_of_work
                                  from worked group by team, area, n) w
                            join part_group pg on pg.team = w.team and pg.area = w.area
                            group by pg.g, w.n
                        ), start_figures as (
                            select pg.g, s.n, sum(s.job_starts) as job_starts
                            from (select j.team, j.area, p.n, count(*) as job_starts
                                  from counting_job j join period p on j.started_on between p.from_day and p.to_day
                                  where j.in_episode group by j.team, j.area, p.n) s
                            join part_group pg on pg.team = s.team and pg.area = s.area
                            group by pg.g, s.n
                        ), first_start_figures as (
                            -- a first job start in a period: the episode's first counting job starts in it (0094)
                            select pg.g, s.n, sum(s.first_job_starts) as first_job_starts
                            from (select f.team, f.area, p.n, count(*) as first_job_starts
                                  from episode_job f join period p on f.first_job_on between p.from_day and p.to_day
                                  group by f.team, f.area, p.n) s
                            join part_group pg on pg.team = s.team and pg.area = s.area
                            group by pg.g, s.n
                        ), cohort_figures as (
                            select g, n,
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
                            from cohort group by g, n
                        ), coach_figures as (
                            select g, n, count(*) as coaches from coach group by g, n
                        ), contact_figures as (
                            select coach.g, coach.n, sum(cc.contacts) as contacts
                            from coach join coach_contact cc on cc.coach_staff_id = coach.coach_staff_id and cc.n = coach.n
                            group by coach.g, coach.n
                        ), preference_figures as (
                            -- all of the team's coaches' face-to-face contacts with a preference recorded, whether
                            -- or not the coach or the client was served in the period (data-exchange.md)
                            select tc.g, cc.n, sum(cc.with_preference) as with_preference,
                                   sum(cc.followed_preference) as followed_preference
                            from team_coach tc join coach_contact cc on cc.coach_staff_id = tc.staff_member_id
                            group by tc.g, cc.n
                        )
                        select grp.g, p.n,
                               coalesce(s.served, 0) as served, coalesce(w.worked, 0) as worked,
                               coalesce(s.served_out_of_work, 0) as served_out_of_work,
                               coalesce(w.worked_out_of_work, 0) as worked_out_of_work,
                               coalesce(js.job_starts, 0) as job_starts, coalesce(fs.first_job_starts, 0) as first_job_starts,
                               coalesce(c.enrolled, 0) as enrolled, c.contact_mean, c.contact_median,
                               coalesce(c.without_contact, 0) as without_contact, c.job_mean, c.job_median,
                               coalesce(c.without_job, 0) as without_job, coalesce(co.coaches, 0) as coaches,
                               coalesce(ct.contacts, 0) as contacts, coalesce(pf.with_preference, 0) as with_preference,
                               coalesce(pf.followed_preference, 0) as followed_preference,
                               coalesce(c.employed6, 0) as employed6, coalesce(c.eligible6, 0) as eligible6,
                               coalesce(c.employed12, 0) as employed12, coalesce(c.eligible12, 0) as eligible12
                        from generate_series(0, :groups - 1) as grp(g) cross join period p
                        left join served_figures s on s.g = grp.g and s.n = p.n
                        left join worked_figures w on w.g = grp.g and w.n = p.n
                        left join start_figures js on js.g = grp.g and js.n = p.n
                        left join first_start_figures fs on fs.g = grp.g and fs.n = p.n
                        left join cohort_figures c on c.g = grp.g and c.n = p.n
                        left join coach_figures co on co.g = grp.g and co.n = p.n
                        left join contact_figures ct on ct.g = grp.g and ct.n = p.n
                        left join preference_figures pf on pf.g = grp.g and pf.n = p.n
                        order by grp.g, p.n""")
                .param("periods", numbered)
                .param("groups", groups.size())
                .param("teamGroups", members.teamGroups().toArray(Integer[]::new))
                .param("teams", members.teams().toArray(UUID[]::new))
                .param("areaGroups", members.areaGroups().toArray(Integer[]::new))
                .param("areas", members.areas().toArray(Short[]::new))
                .param("nationalGroups", members.nationalGroups().toArray(Integer[]::new))
                .param("employedAtFirst", IpsModel.EMPLOYED_AT_MONTHS_FIRST)
                .param("employedAtSecond", IpsModel.EMPLOYED_AT_MONTHS_SECOND)
                .query((rs, row) -> outcome(rs, periods.get(rs.getInt("n"))))
                .list();
        // a row for every group and period, ordered by group and then period
        for (int g = 0; g < groups.size(); g++) {
            reports.put(groups.get(g), List.copyOf(rows.subList(g * periods.size(), (g + 1) * periods.size())));
        }
        return reports;
    }

    /**
     * Whose clients each group counts, as the statement's parallel arrays: a group's number beside each of its teams,
     * beside its area, or alone for everyone. Several teams together are one group; no teams, a group of nobody.
     */
    private record Members(List<Integer> teamGroups, List<UUID> teams, List<Integer> areaGroups, List<Short> areas,
            List<Integer> nationalGroups) {

        static Members of(List<Scope> groups) {
            Members members = new Members(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            for (int g = 0; g < groups.size(); g++) {
                Scope scope = groups.get(g);
                if (scope.ipsTeamIds() != null) {
                    for (UUID team : new LinkedHashSet<>(scope.ipsTeamIds())) {
                        members.teamGroups.add(g);
                        members.teams.add(team);
                    }
                } else if (scope.areaId() != null) {
                    members.areaGroups.add(g);
                    members.areas.add(scope.areaId());
                } else {
                    members.nationalGroups.add(g);
                }
            }
            return members;
        }
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
