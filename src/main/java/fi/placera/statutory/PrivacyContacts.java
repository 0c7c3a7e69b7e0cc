package fi.placera.statutory;

import fi.placera.platform.Administrator;
import java.util.Map;
import java.util.function.Function;

/**
 * Who is responsible for the personal data in the privacy notice (GDPR art. 13(1)(a)-(b)): the controller, its
 * data-protection officer and where to contact it, per welfare area and language. National defaults are shown, marked
 * as not confirmed, until the area's administrator saves the area's own.
 */
public interface PrivacyContacts {

    int MAX_LENGTH = 300;

    /** The texts in one language; {@code confirmed} is false while the area shows the national defaults. */
    record Contacts(String controller, String dpo, String contact, boolean confirmed) {
    }

    /** The area's contacts in the language (Finnish for a language without them). */
    Contacts of(short areaId, String language);

    /** The contacts typed in a form whose fields are {@code <language>-<text>} (texts: controller, dpo, contact), every language. */
    Map<String, Contacts> typed(Function<String, String> form);

    /**
     * Sets the area's contacts (the caller has checked that the area is the administrator's) in every language
     * (fi, sv, en) together: all or none, in the administrators' audit trail. Refused (fields
     * {@code <language>-controller}, {@code -dpo}, {@code -contact}) for an empty text or one
     * over {@value #MAX_LENGTH} characters, or when a language is missing.
     */
    void set(Administrator by, short areaId, Map<String, Contacts> byLanguage);
}
