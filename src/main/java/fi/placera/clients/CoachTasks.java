package fi.placera.clients;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tasks that other modules put on a coach's week (support contacts due, later follow-ups). Implemented by
 * modules that depend on this one, so that "my week" can show them without depending on those modules.
 */
public interface CoachTasks {

    /** How much of a long text a task shows. */
    int EXCERPT = 80;

    /**
     * The open tasks of these clients due on or before {@code until}, overdue ones included. None unless a module's
     * tasks are about clients (a team meeting's action or a fidelity review is the team's).
     */
    default List<Task> dueBy(Collection<UUID> clientIds, LocalDate until) {
        return List.of();
    }

    /**
     * The open tasks that a staff member owns themselves rather than through a client of their caseload (an employer
     * contact's dated next step, a team meeting's action), due on or before {@code until}; such a task names no
     * client. None unless a module has such tasks.
     */
    default List<Task> ownedBy(UUID staffMemberId, LocalDate until) {
        return List.of();
    }

    /**
     * A task: when, what (a message key taking {@code detail}), for which client (null for a task the staff member
     * owns, {@link #ownedBy}), whether it is a reminder about something sent and not yet answered (the week counts
     * those), and where it is met ({@code href}: usually a part of the client record, {@link #onRecord}).
     */
    record Task(LocalDate dueOn, String what, Object detail, UUID clientId, boolean reminder, String href) {

        public Task(LocalDate dueOn, String what, Object detail, UUID clientId, String href) {
            this(dueOn, what, detail, clientId, false, href);
        }
    }

    /**
     * The part of the client record where a task is met: {@code referral}, {@code consents}, {@code plan},
     * {@code profile}, {@code counselling}, {@code jobs}, {@code support} or {@code evaluation}.
     */
    static String onRecord(UUID clientId, String part) {
        return "/clients/" + clientId + "/" + part;
    }

    /** The beginning of a long text (a comment, a next step) as a task shows it. */
    static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }

    /**
     * The one way the implementations read their dated tasks: nothing is asked for no client (or no staff member),
     * and the statement gets {@code :clients} (or {@code :staff}), {@code :today}, {@code :now} (the clock's instant)
     * and {@code :until}, which is the week's end plus the kind's lead time (decision 0062), so that a stored date
     * comes back that many days before it.
     */
    @Component
    final class Dated {

        private final JdbcClient jdbc;
        private final Clock clock;

        Dated(JdbcClient jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        /** The tasks of these clients that {@code sql} finds up to {@code leadDays} after {@code until}. */
        public List<Task> ofClients(Collection<UUID> clientIds, LocalDate until, int leadDays, String sql,
                RowMapper<Task> task) {
            return clientIds.isEmpty() ? List.of()
                    : query(sql, "clients", clientIds.toArray(UUID[]::new), until, leadDays, task);
        }

        /** The tasks of this staff member that {@code sql} finds up to {@code leadDays} after {@code until}. */
        public List<Task> ofStaff(UUID staffMemberId, LocalDate until, int leadDays, String sql, RowMapper<Task> task) {
            return staffMemberId == null ? List.of() : query(sql, "staff", staffMemberId, until, leadDays, task);
        }

        private List<Task> query(String sql, String whose, Object ids, LocalDate until, int leadDays,
                RowMapper<Task> task) {
            return jdbc.sql(sql).param(whose, ids).param("today", LocalDate.now(clock))
                    .param("now", Timestamp.from(clock.instant())).param("until", until.plusDays(leadDays))
                    .query(task).list();
        }
    }
}
