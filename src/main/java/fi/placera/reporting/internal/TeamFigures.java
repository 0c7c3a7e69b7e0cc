package fi.placera.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The team leader's figures for one IPS team on one day, each defined in its query. */
@Component
public class TeamFigures {

    private final JdbcClient jdbc;

    TeamFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A coach's caseload against the prorated limit (20 per full-time coach). */
    public record Caseload(String coach, int active, int limit) {
    }

    /** The team's figures; {@code meanDaysToFirstContact} is null when no enrolled client has had one. */
    public record Figures(List<Caseload> caseloads, int referred, int enrolled, int working, int ended,
            BigDecimal contactsPerCoachWeek, BigDecimal meanDaysToFirstContact, int withoutFirstContact,
            int jobStartsThisQuarter, int supportOverdue, int reviewsOverdue) {
    }

    public Figures of(UUID teamId, LocalDate today) {
        List<Caseload> caseloads = jdbc.sql("""
                        select s.first_name || ' ' || s.last_name, coalesce(c.active_clients, 0), floor(m.fte * 20)::int
                        from ips_team_membership m join staff_member s on s.id = m.staff_member_id
                        left join coach_caseload c on c.staff_member_id = m.staff_member_id
                        where m.ips_team_id = ? and m.team_role = 'COACH' order by s.last_name, s.first_name""")
                .param(teamId)
                .query((rs, row) -> new Caseload(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
        int[] phases = phases(teamId, today);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int faceToFace = jdbc.sql("""
                        select count(*) from employer_contact e
                        join ips_team_membership m on m.staff_member_id = e.coach_staff_id and m.ips_team_id = ?
                        where e.mode = 'FACE_TO_FACE' and e.contacted_on between ? and ?""")
                .params(teamId, monday, monday.plusDays(6)).query(Integer.class).single();
        BigDecimal perCoach = caseloads.isEmpty() ? null
                : BigDecimal.valueOf(faceToFace).divide(BigDecimal.valueOf(caseloads.size()), 1, RoundingMode.HALF_UP);
        FirstContact firstContact = firstContact(teamId, today);
        return new Figures(caseloads, phases[0], phases[1], phases[2], phases[3], perCoach, firstContact.meanDays(),
                firstContact.without(), jobStartsThisQuarter(teamId, today), supportOverdue(teamId, today),
                reviewsOverdue(teamId, today));
    }

    /** Referred (no agreement yet, referral not ended), enrolled (agreement, service going on), working, ended. */
    private int[] phases(UUID teamId, LocalDate today) {
        return jdbc.sql("""
                        select count(*) filter (where a.id is null and (r.id is null or r.ended_on is null)),
                               count(*) filter (where a.id is not null and e.id is null),
                               count(*) filter (where a.id is not null and e.id is null and exists (
                                   select 1 from job j where j.client_id = cl.id and j.competitive and j.started_on <= ?
                                   and (j.ended_on is null or j.ended_on >= ?))),
                               count(*) filter (where e.id is not null)
                        from client cl
                        left join cooperation_agreement a on a.client_id = cl.id
                        left join referral r on r.client_id = cl.id
                        left join service_end e on e.client_id = cl.id and e.reentered_on is null
                        where cl.ips_team_id = ?""")
                .params(today, today, teamId)
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)})
                .single();
    }

    /** Over clients enrolled in the last year: mean days from the agreement to the first face-to-face contact. */
    private record FirstContact(BigDecimal meanDays, int without) {
    }

    private FirstContact firstContact(UUID teamId, LocalDate today) {
        return jdbc.sql("""
                        select avg(first_contact - agreed_on), count(*) filter (where first_contact is null)
                        from (select a.agreed_on, (select min(ec.contacted_on) from employer_contact ec
                                                   where ec.client_id = cl.id and ec.mode = 'FACE_TO_FACE'
                                                     and ec.contacted_on >= a.agreed_on) as first_contact
                              from client cl join cooperation_agreement a on a.client_id = cl.id
                              where cl.ips_team_id = ? and a.agreed_on > ? - 365) enrolled""")
                .params(teamId, today)
                .query((rs, row) -> new FirstContact(
                        rs.getBigDecimal(1) == null ? null : rs.getBigDecimal(1).setScale(1, RoundingMode.HALF_UP),
                        rs.getInt(2)))
                .single();
    }

    private int jobStartsThisQuarter(UUID teamId, LocalDate today) {
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        return jdbc.sql("""
                        select count(*) from job j join client cl on cl.id = j.client_id
                        where cl.ips_team_id = ? and j.competitive and j.started_on between ? and ?""")
                .params(teamId, quarterStart, today).query(Integer.class).single();
    }

    private int supportOverdue(UUID teamId, LocalDate today) {
        return jdbc.sql("""
                        select count(*) from support_due_status d join client cl on cl.id = d.client_id
                        where cl.ips_team_id = ? and not d.cancelled and not d.met and d.due_on < ?""")
                .params(teamId, today).query(Integer.class).single();
    }

    /** Scheduled plan reviews (3, 6, 12 months after the start) past their day and not done. */
    private int reviewsOverdue(UUID teamId, LocalDate today) {
        return jdbc.sql("""
                        select count(*) from action_plan p join client cl on cl.id = p.client_id
                        cross join (values (3), (6), (12)) as m(months)
                        where cl.ips_team_id = ? and (p.started_on + make_interval(months => m.months))::date < ?
                          and not exists (select 1 from action_plan_review r where r.plan_id = p.id and r.milestone = m.months)""")
                .params(teamId, today).query(Integer.class).single();
    }
}
