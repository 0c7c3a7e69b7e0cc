package fi.placera.clients;

import fi.placera.identity.PlaceraUser;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Urgent tasks that other modules put at the top of a staff member's week (a safety alert from a questionnaire), kept
 * there until someone records what was done. Implemented by modules that depend on this one; each decides and logs
 * the user's access to the clients it names.
 */
public interface UrgentTasks {

    /** The user's open urgent tasks, oldest first. */
    List<Urgent> openFor(PlaceraUser user);

    /** An urgent task: since when, what (a message key taking {@code since}), about whom, and where it is dealt with. */
    record Urgent(LocalDate since, String what, UUID clientId, String clientName, String href) {
    }
}
