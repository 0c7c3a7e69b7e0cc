package fi.placera.consent;

import fi.placera.identity.InformationKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One consent: this kind of information may be exchanged with this party, from, until, unless withdrawn. */
public record Consent(UUID id, UUID clientId, Party party, UUID partyId, String partyName, InformationKind kind,
        LocalDate validFrom, LocalDate validUntil, Instant withdrawnAt) {

    public boolean inForceOn(LocalDate day) {
        return withdrawnAt == null && !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }
}
