package fi.placera.clients;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Tasks that other modules put on a coach's week (support contacts due, later follow-ups). Implemented by
 * modules that depend on this one, so that "my week" can show them without depending on those modules.
 */
public interface CoachTasks {

    /** The open tasks of these clients due on or before {@code until}, overdue ones included. */
    List<Task> dueBy(Collection<UUID> clientIds, LocalDate until);

    /**
     * A task: when, what (a message key taking {@code detail}), for which client, whether it is a reminder about
     * something sent and not yet answered (the week counts those), and where it is met ({@code href}: usually a part
     * of the client record, {@link #onRecord}).
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
}
