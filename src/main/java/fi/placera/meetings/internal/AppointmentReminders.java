package fi.placera.meetings.internal;

import fi.placera.notifications.Notifications;
import fi.placera.notifications.Notifications.Kind;
import fi.placera.platform.web.Formats;
import fi.placera.platform.web.Languages;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a client of tomorrow's appointments with their coach, once each, over the channels the client allows: only
 * the day and the time, not the place or what it is about. Each appointment is marked reminded in the transaction
 * that queues the reminder, so no node reminds twice.
 */
@Service
class AppointmentReminders {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Notifications notifications;
    private final Formats formats;

    AppointmentReminders(JdbcClient jdbc, Clock clock, Notifications notifications, Formats formats) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notifications = notifications;
        this.formats = formats;
    }

    private record Due(UUID clientId, LocalDate day, LocalTime startsAt) {
    }

    /** Queues the reminders of tomorrow's appointments not yet reminded (void: ShedLock locks no value). */
    @Scheduled(fixedDelayString = "${placera.notifications.reminder-interval:15m}", initialDelayString = "3m")
    @SchedulerLock(name = "appointment-reminders")
    @Transactional
    public void remind() {
        List<Due> due = jdbc.sql("""
                        update appointment set reminded_at = :now
                        where id in (select id from appointment where day = :tomorrow and not cancelled
                                     and reminded_at is null for update skip locked)
                        returning client_id, day, starts_at""")
                .param("now", Timestamp.from(clock.instant())).param("tomorrow", LocalDate.now(clock).plusDays(1))
                .query((rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalTime.class)))
                .list();
        // the day as written in Finland (d.M.yyyy), which reads the same in fi, sv and en
        due.forEach(appointment -> notifications.toClient(appointment.clientId(), Kind.APPOINTMENT_REMINDER,
                List.of(formats.date(appointment.day(), Languages.FINNISH), appointment.startsAt().toString())));
    }
}
