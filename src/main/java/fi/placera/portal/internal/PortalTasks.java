package fi.placera.portal.internal;

import fi.placera.clients.CoachTasks;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells the coach on their week what their clients did on their own pages in the last two weeks (14 days before the
 * clock's instant): a comment on the plan (its beginning shown) or a consent withdrawn. The record timeline keeps
 * them for good.
 */
@Component
class PortalTasks implements CoachTasks {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Dated dated;

    PortalTasks(Dated dated) {
        this.dated = dated;
    }

    @Override
    public List<Task> dueBy(Collection<UUID> clientIds, LocalDate until) {
        List<Task> tasks = new ArrayList<>(dated.ofClients(clientIds, until, 0, """
                        select written_at, comment, client_id from client_comment
                        where client_id = any (:clients)
                          and written_at >= cast(:now as timestamptz) - interval '14 days'""",
                (rs, row) -> new Task(day(rs.getTimestamp(1)), "week.task.client-comment",
                        CoachTasks.excerpt(rs.getString(2)), rs.getObject(3, UUID.class),
                        CoachTasks.onRecord(rs.getObject(3, UUID.class), "plan"))));
        tasks.addAll(dated.ofClients(clientIds, until, 0, """
                        select withdrawn_at, client_id from client_withdrawal
                        where client_id = any (:clients)
                          and withdrawn_at >= cast(:now as timestamptz) - interval '14 days'""",
                (rs, row) -> new Task(day(rs.getTimestamp(1)), "week.task.client-withdrawal", null,
                        rs.getObject(2, UUID.class), CoachTasks.onRecord(rs.getObject(2, UUID.class), "consents"))));
        return tasks.stream().filter(task -> !task.dueOn().isAfter(until)).toList();
    }

    private static LocalDate day(Timestamp at) {
        return LocalDate.ofInstant(at.toInstant(), HELSINKI);
    }
}
