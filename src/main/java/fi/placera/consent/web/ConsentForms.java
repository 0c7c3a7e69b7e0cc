package fi.placera.consent.web;

import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.optionalDate;

import fi.placera.consent.HowAgreed;
import fi.placera.consent.Party;
import fi.placera.identity.InformationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
     * The consent form: party ("CARE_TEAM:<id>", "EMPLOYER:<id>" — an employer of the registry —, "WELFARE_AREA:<code>" or a party type), its
     * name, the kinds (checkboxes named {@code kind}, so that a form posting one kind as before still works), and
     * validity.
     */
    record ConsentInput(String party, String partyName, List<String> kind, String validFrom, String validUntil) {

        /** A form with nothing in it: what a form that could not be bound keeps. */
        static final ConsentInput NONE = new ConsentInput(null, null, null, null, null);

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

        /** The name typed, or for a welfare area ("WELFARE_AREA:<code>") the area's code. */
        String namedParty() {
            return party != null && party.startsWith(Party.WELFARE_AREA.name() + ":") ? party.split(":", 2)[1] : partyName;
        }

        /** The kinds chosen, in the form's order; an unknown one is refused next to the field (none: the save says). */
        List<InformationKind> informationKinds(Errors errors) {
            List<InformationKind> kinds = new ArrayList<>();
            for (String chosen : kind == null ? List.<String>of() : kind) {
                choice(InformationKind.class, chosen, "kind", errors).ifPresent(kinds::add);
            }
            return kinds;
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
