package fi.placera.consent;

import fi.placera.identity.InformationKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One consent: this kind of information may be exchanged with this party, from, until, unless withdrawn. The consents
 * recorded together for one party (several kinds in one form) share {@code entryId} (decision 0066).
 */
public record Consent(UUID id, UUID clientId, Party party, UUID partyId, String partyName, InformationKind kind,
        LocalDate validFrom, LocalDate validUntil, Instant withdrawnAt, UUID entryId) {

    /** Where a consent stands on a day, as the consents table says it. */
    public enum State { IN_FORCE, NOT_YET_IN_FORCE, EXPIRED, WITHDRAWN }

    public boolean inForceOn(LocalDate day) {
        return stateOn(day) == State.IN_FORCE;
    }

    public State stateOn(LocalDate day) {
        if (withdrawnAt != null) {
            return State.WITHDRAWN;
        }
        if (validFrom.isAfter(day)) {
            return State.NOT_YET_IN_FORCE;
        }
        return validUntil != null && validUntil.isBefore(day) ? State.EXPIRED : State.IN_FORCE;
    }
}
