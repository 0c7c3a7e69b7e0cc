package fi.placera.clients.web;

import static fi.placera.platform.Checks.formatted;
import static fi.placera.platform.Checks.required;

import fi.placera.clients.PersonalIdentityCode;
import fi.placera.platform.Rejection;
import java.util.regex.Pattern;

/**
 * Who the person is, as a client's registration ({@link ClientForm}) and a care team's referral
 * ({@link CareTeamReferralForm}) both ask it: first and last name, the identity code if they have one, and the language
 * for letters and pages. Each form keeps its own fields and its own list of languages.
 */
final class PersonFields {

    static final int NAME = 100;
    static final int IDENTITY_CODE = 20;

    private PersonFields() {
    }

    /** The checks of the person's fields, each refused next to its field. */
    static Runnable[] checks(String firstName, String lastName, String identityCode, String preferredLanguage,
            Pattern languages) {
        return new Runnable[] {() -> required(firstName, NAME, "firstName"), () -> required(lastName, NAME, "lastName"),
                () -> identityCodeValid(identityCode),
                () -> formatted(preferredLanguage, languages, "client.language.format", "preferredLanguage")};
    }

    /** The identity code as kept: none when left empty. */
    static String identityCode(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** The identity code is optional, but when given it must be valid exactly as typed. */
    private static void identityCodeValid(String identityCode) {
        if (identityCode == null || identityCode.isBlank()) {
            return;
        }
        if (identityCode.length() > IDENTITY_CODE) {
            throw new Rejection("identityCode", "identity-code.format");
        }
        PersonalIdentityCode.problemWith(identityCode.strip()).ifPresent(problem -> {
            throw new Rejection("identityCode", problem);
        });
    }
}
