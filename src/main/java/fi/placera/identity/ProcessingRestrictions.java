package fi.placera.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Restriction of processing (GDPR art. 18): while a client's record is restricted, only staff with the designated role
 * may read it; every other read is refused (and logged) by {@link AccessDecisions}. Implemented by the portal module,
 * which runs the client's restriction requests; until it exists nothing is restricted.
 */
public interface ProcessingRestrictions {

    /** The role that may still read the client's data while the record is restricted, or empty when it is not. */
    default Optional<Role> restrictedTo(UUID clientId) {
        return Optional.ofNullable(restrictedAmong(List.of(clientId)).get(clientId));
    }

    /** Of these clients, those whose records are restricted, with the role that may still read each (one read). */
    Map<UUID, Role> restrictedAmong(Collection<UUID> clientIds);
}
