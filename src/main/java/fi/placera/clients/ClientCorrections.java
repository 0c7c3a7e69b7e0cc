package fi.placera.clients;

import fi.placera.identity.PlaceraUser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Rectification of a client's details (GDPR art. 16): staff correct them on the client's request and the previous
 * value is kept with who, when and why. The correction is an access decision like a read (logged); refusals are
 * {@link fi.placera.platform.Rejection}s next to the field.
 */
public interface ClientCorrections {

    /** What can be corrected here; the plan and the profile keep every version of their own. */
    enum Field { FIRST_NAME, LAST_NAME, PREFERRED_LANGUAGE }

    void correct(PlaceraUser user, UUID clientId, Field field, String newValue, String reason);

    /** The client's corrections, oldest first. */
    List<Correction> history(UUID clientId);

    record Correction(Field field, String previousValue, String newValue, String reason, Instant correctedAt,
            UUID correctedBy) {
    }
}
