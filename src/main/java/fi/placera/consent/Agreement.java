package fi.placera.consent;

import java.time.LocalDate;
import java.util.UUID;

/** A client's cooperation agreement with the IPS service. */
public record Agreement(UUID id, UUID clientId, LocalDate agreedOn, HowAgreed howAgreed, String witness,
        boolean inWorkAtEntry) {
}
