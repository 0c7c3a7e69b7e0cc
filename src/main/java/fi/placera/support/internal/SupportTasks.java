package fi.placera.support.internal;

import fi.placera.clients.CoachTasks;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts the support contacts due (and not yet met) on the coach's week. */
@Component
class SupportTasks implements CoachTasks {

    private final JdbcClient jdbc;

    SupportTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> dueBy(Collection<UUID> clientIds, LocalDate until) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select due_on, kind, client_id from support_due_status
                        where client_id = any (?) and not cancelled and not met and due_on <= ?
                        order by due_on""")
                .params(clientIds.toArray(UUID[]::new), until)
                .query((rs, row) -> new Task(rs.getObject(1, LocalDate.class), "week.task.support." + rs.getString(2), null,
                        rs.getObject(3, UUID.class), CoachTasks.onRecord(rs.getObject(3, UUID.class), "support")))
                .list();
    }
}
