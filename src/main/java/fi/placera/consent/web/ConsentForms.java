package fi.placera.consent.web;

import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.optionalDate;

import fi.placera.consent.HowAgreed;
import fi.placera.consent.Party;
import fi.placera.identity.InformationKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.validation.Errors;

/** What the agreement and consent forms post, checked before anything is saved, as typed by the user. */
final class ConsentForms {

    private ConsentForms() {
    }

    /** The agreement form: the day (31.12.2025), how it was agreed, and the witness of a verbal agreement. */
    record AgreementInput(String agreedOn, String howAgreed, String witness, Boolean inWorkAtEntry) {

        boolean inWork() {
            return Boolean.TRUE.equals(inWorkAtEntry);
        }

        Optional<LocalDate> day(Errors errors) {
            return date(agreedOn, "agreedOn", errors);
        }

        Optional<HowAgreed> how(Errors errors) {
            return choice(HowAgreed.class, howAgreed, "howAgreed", errors);
        }
    }

    /**
     * The consent form: party ("CARE_TEAM:<id>", "EMPLOYER:<id>" — an employer of the registry — or a party type), its
     * name, the kind, and validity.
     */
    record ConsentInput(String party, String partyName, String kind, String validFrom, String validUntil) {

        Optional<Party> partyType(Errors errors) {
            return choice(Party.class, party == null ? "" : party.split(":", 2)[0], "party", errors);
        }

        /** The care team or employer named after the party type, if any. */
        UUID partyId() {
            String[] typeAndId = party == null ? new String[0] : party.split(":", 2);
            try {
                return typeAndId.length == 2 ? UUID.fromString(typeAndId[1]) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        Optional<InformationKind> informationKind(Errors errors) {
            return choice(InformationKind.class, kind, "kind", errors);
        }

        Optional<LocalDate> from(Errors errors) {
            return date(validFrom, "validFrom", errors);
        }

        /** Empty until-date = valid until withdrawn. */
        Optional<LocalDate> until(Errors errors) {
            return optionalDate(validUntil, "validUntil", errors);
        }
    }
}
