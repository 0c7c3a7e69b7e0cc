package fi.placera.identity;

import java.util.UUID;

/**
 * Whether a client has consented to share a kind of information with a care team. Implemented by
 * the consent module; until a consent exists, nothing is shared (deny by default).
 */
public interface ConsentLookup {

    boolean sharesWithCareTeam(UUID clientId, UUID careTeamId, InformationKind kind);
}
