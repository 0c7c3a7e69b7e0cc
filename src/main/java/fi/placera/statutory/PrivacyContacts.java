package fi.placera.statutory;

import fi.placera.organisation.AreaContacts;

/**
 * Who is responsible for the personal data in the privacy notice (GDPR art. 13(1)(a)-(b)): the controller, its
 * data-protection officer and where to contact it, per welfare area and language. National defaults are shown, marked
 * as not confirmed, until the area's administrator saves the area's own.
 */
public interface PrivacyContacts extends AreaContacts<PrivacyContacts.Contacts> {

    int MAX_LENGTH = 300;

    /**
     * The texts in one language; {@code confirmed} is false while the area shows the national defaults. Each is
     * required and at most {@value #MAX_LENGTH} characters; their form fields are {@code <language>-controller},
     * {@code -dpo} and {@code -contact}.
     */
    record Contacts(String controller, String dpo, String contact, boolean confirmed) {
    }
}
