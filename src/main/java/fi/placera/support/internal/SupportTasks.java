package fi.placera.support.internal;

import fi.placera.clients.CoachTasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the support contacts due (and not yet met) on the coach's week, and the continuing contact after the first
 * year (decision 0073) once its day is within the week.
 */
@Component
class SupportTasks implements CoachTasks {

    private final JdbcClient jdbc;
    private final ContinuingSupport continuing;
    private final Clock clock;

    SupportTasks(JdbcClient jdbc, ContinuingSupport continuing, Clock clock) {
        this.jdbc = jdbc;
        this.continuing = continuing;
        this.clock = clock;
    }

    @Override
    public List<Task> dueBy(Collection<UUID> clientIds, LocalDate until) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>(jdbc.sql("""
                        select due_on, kind, client_id from support_due_status
                        where client_id = any (?) and not cancelled and not met and due_on <= ?
                        order by due_on""")
                .params(clientIds.toArray(UUID[]::new), until)
                .query((rs, row) -> new Task(rs.getObject(1, LocalDate.class), "week.task.support." + rs.getString(2), null,
                        rs.getObject(3, UUID.class), CoachTasks.onRecord(rs.getObject(3, UUID.class), "support")))
                .list());
        continuing.of(clientIds, LocalDate.now(clock)).forEach((client, due) -> {
            if (!due.dueOn().isAfter(until)) {
                tasks.add(new Task(due.dueOn(), "week.task.support.CONTINUING", null, client,
                        CoachTasks.onRecord(client, "support")));
            }
        });
        return tasks;
    }
}
