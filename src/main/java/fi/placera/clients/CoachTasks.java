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
     * A task: when, what (a message key taking {@code detail}), for which client, and whether it is a reminder about
     * something sent and not yet answered (the week counts those).
     */
    record Task(LocalDate dueOn, String what, Object detail, UUID clientId, boolean reminder) {

        public Task(LocalDate dueOn, String what, Object detail, UUID clientId) {
            this(dueOn, what, detail, clientId, false);
        }
    }
}
