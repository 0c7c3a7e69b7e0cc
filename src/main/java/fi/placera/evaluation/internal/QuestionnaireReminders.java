package fi.placera.evaluation.internal;

import fi.placera.notifications.Notifications;
import fi.placera.notifications.Notifications.Kind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a client of a questionnaire sent to them and still not answered, once, {@link #AFTER} after the link: the
 * reminder points to the client's own pages (the link itself is kept only as a hash). Each link is marked reminded in
 * the transaction that queues the reminder, so no node reminds twice.
 */
@Service
class QuestionnaireReminders {

    static final Duration AFTER = Duration.ofDays(3);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Notifications notifications;

    QuestionnaireReminders(JdbcClient jdbc, Clock clock, Notifications notifications) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notifications = notifications;
    }

    /** Queues the reminders due now (void: ShedLock locks no value). */
    @Scheduled(fixedDelayString = "${placera.notifications.reminder-interval:15m}", initialDelayString = "2m")
    @SchedulerLock(name = "questionnaire-reminders")
    @Transactional
    public void remind() {
        Instant now = clock.instant();
        List<UUID> clients = jdbc.sql("""
                        update evaluation_link l set reminded_at = :now
                        from evaluation_response r
                        where r.id = l.response_id and r.client_id is not null and r.state = 'DRAFT'
                          and l.reminded_at is null and l.created_at <= :due and l.expires_at > :now
                          and l.token_hash in (select token_hash from evaluation_link where reminded_at is null
                                               for update skip locked)
                        returning r.client_id""")
                .param("now", Timestamp.from(now)).param("due", Timestamp.from(now.minus(AFTER)))
                .query(UUID.class).list();
        clients.forEach(client -> notifications.toClient(client, Kind.QUESTIONNAIRE_REMINDER, List.of("/me")));
    }
}
