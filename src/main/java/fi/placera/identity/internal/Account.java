package fi.placera.identity.internal;

import fi.placera.identity.Role;
import java.util.Set;
import java.util.UUID;

/** An account as administrators see and edit it (never with its password hash). */
public record Account(UUID id, String username, String displayName, Set<Role> roles, Short areaId,
        UUID staffMemberId, boolean enabled, Integer version) {

    public Account {
        roles = Set.copyOf(roles);
    }
}
