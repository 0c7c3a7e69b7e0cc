package fi.placera.clients.web;

import fi.placera.consent.HowAgreed;
import fi.placera.consent.Party;
import fi.placera.identity.InformationKind;
import fi.placera.platform.web.Formats;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.validation.Errors;

/** What the agreement and consent forms post, checked before anything is saved, as typed by the user. */
final class ConsentForms {

    private ConsentForms() {
    }

    /** The agreement form: the day (31.12.2025), how it was agreed, and the witness of a verbal agreement. */
    record AgreementInput(String agreedOn, String howAgreed, String witness) {

        Optional<LocalDate> day(Errors errors) {
            Optional<LocalDate> day = Formats.parseDate(agreedOn);
            if (day.isEmpty()) {
                errors.rejectValue("agreedOn", "form.date.format");
            }
            return day;
        }

        Optional<HowAgreed> how(Errors errors) {
            Optional<HowAgreed> how = Arrays.stream(HowAgreed.values()).filter(h -> h.name().equals(howAgreed)).findFirst();
            if (how.isEmpty()) {
                errors.rejectValue("howAgreed", "validation.required");
            }
            return how;
        }
    }

    /** The consent form: party ("CARE_TEAM:<id>" or a party type), its name, the kind, and validity. */
    record ConsentInput(String party, String partyName, String kind, String validFrom, String validUntil) {

        Optional<Party> partyType(Errors errors) {
            String type = party == null ? "" : party.split(":", 2)[0];
            Optional<Party> found = Arrays.stream(Party.values()).filter(p -> p.name().equals(type)).findFirst();
            if (found.isEmpty()) {
                errors.rejectValue("party", "validation.required");
            }
            return found;
        }

        UUID careTeam() {
            try {
                return party != null && party.startsWith("CARE_TEAM:") ? UUID.fromString(party.substring(10)) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        Optional<InformationKind> informationKind(Errors errors) {
            Optional<InformationKind> found = Arrays.stream(InformationKind.values())
                    .filter(k -> k.name().equals(kind)).findFirst();
            if (found.isEmpty()) {
                errors.rejectValue("kind", "validation.required");
            }
            return found;
        }

        Optional<LocalDate> from(Errors errors) {
            Optional<LocalDate> day = Formats.parseDate(validFrom);
            if (day.isEmpty()) {
                errors.rejectValue("validFrom", "form.date.format");
            }
            return day;
        }

        /** Empty until-date = valid until withdrawn. */
        Optional<LocalDate> until(Errors errors) {
            if (validUntil == null || validUntil.isBlank()) {
                return Optional.empty();
            }
            Optional<LocalDate> day = Formats.parseDate(validUntil);
            if (day.isEmpty()) {
                errors.rejectValue("validUntil", "form.date.format");
            }
            return day;
        }
    }
}
