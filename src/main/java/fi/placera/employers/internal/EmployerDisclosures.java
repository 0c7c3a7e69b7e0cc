package fi.placera.employers.internal;

import fi.placera.consent.Consent;
import fi.placera.consent.Consents;
import fi.placera.identity.AccessDecisions;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Rejection;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What an employer may be told about a client (IPS confidentiality, decision 0037): a record naming a client tells the
 * employer about them, so it needs the cooperation agreement and the client's consent to that employer for the kind
 * EMPLOYMENT, in force on the record's day; it is then logged as a disclosure the client sees in "who has read or
 * received my data". Consents are read on every call, so a withdrawal holds from the next request on.
 */
@Component
class EmployerDisclosures {

    private static final Logger SECURITY = LoggerFactory.getLogger("placera.security");
    private static final InformationKind KIND = InformationKind.EMPLOYMENT;

    private final Consents consents;
    private final AccessDecisions access;

    EmployerDisclosures(Consents consents, AccessDecisions access) {
        this.consents = consents;
        this.access = access;
    }

    /**
     * For a record naming a client ({@code clientId} not null), the consent that lets the employer be told about the
     * client on that day, refused (and logged) on {@code field} without one; a record naming no client needs none.
     */
    Optional<Consent> consentFor(PlaceraUser user, UUID clientId, UUID employerId, LocalDate day, String field) {
        if (clientId == null) {
            return Optional.empty();
        }
        if (consents.agreementOf(clientId).isEmpty()) {
            throw refused(user, field, "employer.consent.agreement-missing");
        }
        return Optional.of(consents.employerConsent(clientId, employerId, KIND, day)
                .orElseThrow(() -> refused(user, field, "employer.consent.missing")));
    }

    /** Logs what the employer (named as in the consent) was told about the client, with the consent as legal basis. */
    void disclosed(PlaceraUser user, short areaId, Consent consent, String purpose) {
        access.disclosed(user, consent.clientId(), areaId, KIND, purpose, consent.partyName(),
                "client consent " + consent.id());
    }

    private static Rejection refused(PlaceraUser user, String field, String reason) {
        SECURITY.atWarn().addKeyValue("event", "employer_disclosure_refused").addKeyValue("account", user.accountId())
                .addKeyValue("reason", reason).log("security event employer_disclosure_refused");
        return new Rejection(field, reason);
    }
}
