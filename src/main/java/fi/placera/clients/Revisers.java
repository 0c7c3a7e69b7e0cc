package fi.placera.clients;

import fi.placera.identity.PlaceraUser;
import java.util.UUID;

/**
 * Who may correct or void a record about a client (decision 0070): the person who recorded it, or a leader of the
 * client's IPS team. The caller has found the client with a write decision first, so emergency access, another team
 * and another area never get this far.
 */
public interface Revisers {

    /**
     * Refuses (a {@link fi.placera.platform.Rejection} for the whole form, a security event) a user who neither
     * recorded the record nor leads the client's team.
     */
    void checkMayRevise(PlaceraUser user, ClientSummary client, UUID recordedBy);
}
