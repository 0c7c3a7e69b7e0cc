package fi.placera.evaluation.internal;

import fi.placera.clients.CoachTasks;
import fi.placera.evaluation.FollowUps.FollowUp;
import fi.placera.evaluation.FollowUps.Status;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts evaluation follow-ups on the coach's week: for each client and timepoint the questionnaires open or overdue
 * (one task, with how many), and a reminder for a link the client has not answered within {@value #REMIND_AFTER_DAYS}
 * days while it is still valid.
 */
@Component
class EvaluationTasks implements CoachTasks {

    static final int REMIND_AFTER_DAYS = fi.placera.evaluation.FollowUps.REMIND_AFTER_DAYS;
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final JdbcFollowUps followUps;
    private final ClientFacts clients;
    private final JdbcClient jdbc;
    private final Clock clock;

    EvaluationTasks(JdbcFollowUps followUps, ClientFacts clients, JdbcClient jdbc, Clock clock) {
        this.followUps = followUps;
        this.clients = clients;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Task> dueBy(Collection<UUID> clientIds, LocalDate until) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        followUps.followUps(clients.of(clientIds)).forEach((client, list) -> {
            Map<String, List<FollowUp>> open = new TreeMap<>();
            list.stream().filter(f -> f.status() == Status.OPEN || f.status() == Status.OVERDUE)
                    .filter(f -> !f.dueOn().isAfter(until))
                    .forEach(f -> open.computeIfAbsent(f.timepoint(), t -> new ArrayList<>()).add(f));
            open.values().forEach(due -> tasks.add(new Task(due.get(0).dueOn(), "week.task.evaluation", due.size(),
                    client, CoachTasks.onRecord(client, "evaluation"))));
        });
        Instant now = Instant.now(clock);
        jdbc.sql("""
                        select r.client_id, l.created_at from evaluation_link l
                        join evaluation_response r on r.id = l.response_id
                        where r.client_id = any (:ids) and r.state = 'DRAFT' and l.expires_at > :now
                          and l.created_at <= :remindFrom""")
                .param("ids", clientIds.toArray(UUID[]::new)).param("now", Timestamp.from(now))
                .param("remindFrom", Timestamp.from(now.minus(java.time.Duration.ofDays(REMIND_AFTER_DAYS))))
                .query(rs -> {
                    LocalDate sent = rs.getTimestamp(2).toInstant().atZone(FINLAND).toLocalDate();
                    tasks.add(new Task(sent.plusDays(REMIND_AFTER_DAYS), "week.task.evaluation.reminder", sent,
                            rs.getObject(1, UUID.class), true,
                            CoachTasks.onRecord(rs.getObject(1, UUID.class), "evaluation")));
                });
        return tasks;
    }
}
