package fi.placera.portal.internal;

import fi.placera.clients.CoachTasks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the coach on their week what their clients did on their own pages in the last two weeks: a comment on the
 * plan (its beginning shown) or a consent withdrawn. The record timeline keeps them for good.
 */
@Component
class PortalTasks implements CoachTasks {

    static final int DAYS_SHOWN = 14;
    private static final int EXCERPT = 80;
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final JdbcClient jdbc;
    private final Clock clock;

    PortalTasks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Task> dueBy(Collection<UUID> clientIds, LocalDate until) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        UUID[] clients = clientIds.toArray(UUID[]::new);
        Timestamp since = Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(DAYS_SHOWN)));
        List<Task> tasks = new ArrayList<>(jdbc.sql("""
                        select written_at, comment, client_id from client_comment
                        where client_id = any (:clients) and written_at >= :since""")
                .param("clients", clients).param("since", since)
                .query((rs, row) -> new Task(day(rs.getTimestamp(1)), "week.task.client-comment",
                        excerpt(rs.getString(2)), rs.getObject(3, UUID.class), CoachTasks.onRecord(rs.getObject(3, UUID.class), "plan")))
                .list());
        tasks.addAll(jdbc.sql("""
                        select withdrawn_at, client_id from client_withdrawal
                        where client_id = any (:clients) and withdrawn_at >= :since""")
                .param("clients", clients).param("since", since)
                .query((rs, row) -> new Task(day(rs.getTimestamp(1)), "week.task.client-withdrawal", null,
                        rs.getObject(2, UUID.class), CoachTasks.onRecord(rs.getObject(2, UUID.class), "consents")))
                .list());
        return tasks.stream().filter(task -> !task.dueOn().isAfter(until)).toList();
    }

    private static LocalDate day(Timestamp at) {
        return LocalDate.ofInstant(at.toInstant(), HELSINKI);
    }

    private static String excerpt(String comment) {
        return comment.length() <= EXCERPT ? comment : comment.substring(0, EXCERPT) + "…";
    }
}
