package fi.placera.reporting.internal;

import fi.placera.platform.IpsModel;
import fi.placera.reporting.TeamAgenda;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The weekly meeting's agenda as one read-only query over the team's clients. */
@Component
class SqlTeamAgenda implements TeamAgenda {

    private static final int WEEK = 7;

    private final JdbcClient jdbc;

    SqlTeamAgenda(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Item> of(UUID ipsTeamId, LocalDate day) {
        LocalDate weekBefore = day.minusDays(WEEK);
        return jdbc.sql("""
                        with team_client as (
                            select cl.client_id as id, cl.coach_staff_id from clients_facts_client cl
                            where cl.ips_team_id = :team
                              and not exists (select 1 from clients_facts_service_end e
                                              where e.client_id = cl.client_id and e.reentered_on is null)
                        )
                        select 'NEW_REFERRAL' as topic, c.id, c.coach_staff_id, r.referred_on as day
                        from team_client c join clients_facts_referral r on r.client_id = c.id
                        where r.referred_on between :weekBefore and :day and r.ended_on is null
                        union all
                        select 'NO_EMPLOYER_CONTACT', c.id, c.coach_staff_id,
                               (select max(ec.contacted_on) from employers_facts_contact ec where ec.client_id = c.id)
                        from team_client c join consent_facts_enrolment a on a.client_id = c.id
                        where a.enrolled_on <= :day and not exists (
                            select 1 from employers_facts_contact ec where ec.client_id = c.id
                              and ec.contacted_on between :day - :quietDays and :day)
                        union all
                        select 'JOB_START', c.id, c.coach_staff_id, j.started_on
                        from team_client c join jobs_facts_job j on j.client_id = c.id
                        where j.started_on between :weekBefore and :day
                        union all
                        select 'JOB_END', c.id, c.coach_staff_id, j.ended_on
                        from team_client c join jobs_facts_job j on j.client_id = c.id
                        where j.ended_on between :weekBefore and :day
                        union all
                        select 'SUPPORT_DUE', c.id, c.coach_staff_id, d.due_on
                        from team_client c join support_facts_due d on d.client_id = c.id
                        where not d.cancelled and not d.met and d.window_from <= :weekAfter and d.due_on <= :weekAfter
                        order by 1, 4, 2""")
                .param("team", ipsTeamId)
                .param("weekBefore", weekBefore)
                .param("day", day)
                .param("weekAfter", day.plusDays(WEEK))
                .param("quietDays", IpsModel.DAYS_WITHOUT_EMPLOYER_CONTACT)
                .query((rs, row) -> new Item(Topic.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class)))
                .list();
    }
}
