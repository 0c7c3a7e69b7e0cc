package fi.placera.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Safety alerts: a submitted answer that reached its safety item's threshold (PHQ-9 item 9 from 1). An alert is raised
 * when the response is submitted, whoever answered it, and stays open until someone of the client's IPS team records
 * what was done. Alerts are the team's own working record: callers show them only to the client's team (coaches and
 * leader), and no report or extract reads them.
 */
public interface SafetyAlerts {

    int MAX_NOTE = 2000;

    /** What was done about an alert: the client contacted and/or the care team informed, on a day, with a note. */
    record Closing(boolean contactedClient, boolean informedCareTeam, LocalDate actionOn, String note) {
    }

    /** An alert: the answer that raised it, when, and (once closed) what was done. */
    record Alert(UUID id, UUID clientId, UUID ipsTeamId, UUID responseId, String instrumentCode, String itemCode,
            int value, LocalDate raisedOn, Closing closing) {

        public boolean open() {
            return closing == null;
        }
    }

    /** The client's alerts, latest first. */
    List<Alert> ofClient(UUID clientId);

    /** The open alerts about clients of these teams, oldest first. */
    List<Alert> openIn(Collection<UUID> ipsTeamIds);

    /** One alert of the client. */
    Optional<Alert> find(UUID clientId, UUID alertId);

    /**
     * Records what was done and closes the alert. Refused (fields {@code action}, {@code actionOn}, {@code note}) when
     * nothing was done, the day is missing, before the alert or in the future, or the note is empty or too long;
     * refused when the alert is already closed.
     */
    void close(UUID alertId, Closing closing, UUID closedBy);
}
