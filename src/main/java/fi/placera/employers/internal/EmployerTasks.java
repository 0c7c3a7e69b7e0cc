package fi.placera.employers.internal;

import fi.placera.clients.CoachTasks;
import fi.placera.platform.IpsModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings the follow-up day of an employer agreement about a client back to the client's coach's week
 * {@link IpsModel#EMPLOYER_FOLLOW_UP_LEAD_DAYS} days ahead (decision 0062), linked to the employer's agreements.
 */
@Component
class EmployerTasks implements CoachTasks {

    private final JdbcClient jdbc;
    private final Clock clock;

    EmployerTasks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Task> dueBy(Collection<UUID> clientIds, LocalDate until) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.follow_up_on, a.client_id, a.employer_id, e.name from employer_agreement a
                        join employer e on e.id = a.employer_id and e.area_id = a.area_id
                        where a.client_id = any (:clients) and a.follow_up_on between :today and :until""")
                .param("clients", clientIds.toArray(UUID[]::new)).param("today", LocalDate.now(clock))
                .param("until", until.plusDays(IpsModel.EMPLOYER_FOLLOW_UP_LEAD_DAYS))
                .query((rs, row) -> new Task(rs.getObject(1, LocalDate.class), "week.task.employer-follow-up",
                        rs.getString(4), rs.getObject(2, UUID.class),
                        "/employers/" + rs.getObject(3, UUID.class) + "#agreements-heading"))
                .list();
    }
}
