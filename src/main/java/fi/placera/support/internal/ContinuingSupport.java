package fi.placera.support.internal;

import fi.placera.platform.IpsModel;
import fi.placera.support.FollowAlongSupport.Continuing;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The follow-along contact after the first year's schedule (decision 0073), computed from the records rather than
 * stored: support is time-unlimited, so there is no last row to store. A client's earliest job still going on
 * anchors it; the contact falls due a month (or the latest tapering decision's months) after the later of that
 * job's twelfth month and the client's last support contact, unless the client has ended the support since that job
 * started. It is one query for a whole week's clients.
 */
@Component
class ContinuingSupport {

    private final JdbcClient jdbc;

    ContinuingSupport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each of {@code clientIds} that has a continuing contact as the records stand on {@code on}. */
    Map<UUID, Continuing> of(Collection<UUID> clientIds, LocalDate on) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        with working as (
                            select client_id, min(started_on) as started_on from jobs_facts_job
                            where client_id = any (?) and started_on <= ? and (ended_on is null or ended_on > ?)
                            group by client_id)
                        select w.client_id, every.months,
                               (greatest((w.started_on + make_interval(months => ?))::date,
                                         coalesce(last.contacted_on, w.started_on))
                                + make_interval(months => every.months))::date as due_on
                        from working w
                        left join lateral (select max(c.contacted_on) as contacted_on from support_contact c
                                           where c.client_id = w.client_id and c.contacted_on <= ?
                                             and c.voided_at is null) last on true
                        cross join lateral (select coalesce((select t.every_months from support_tapering t
                                                             where t.client_id = w.client_id and t.decided_on <= ?
                                                             order by t.decided_on desc limit 1), ?) as months) every
                        where not exists (select 1 from support_end e
                                          where e.client_id = w.client_id and e.ended_on >= w.started_on and e.ended_on <= ?)""")
                .params(clientIds.toArray(UUID[]::new), on, on, IpsModel.SUPPORT_MONTHLY_MONTHS, on, on,
                        IpsModel.SUPPORT_CONTINUING_EVERY_MONTHS, on)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class),
                        new Continuing(rs.getObject(3, LocalDate.class), rs.getInt(2))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
