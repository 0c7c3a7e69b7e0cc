package fi.placera.organisation;

import fi.placera.platform.Administrator;
import java.util.Map;
import java.util.function.Function;

/**
 * Contacts a welfare area names in each language (fi, sv, en), such as whom to call in a crisis or who controls the
 * data: national defaults until the area's administrator saves the area's own. {@code T} holds one language's texts.
 */
public interface AreaContacts<T> {

    /** The area's contacts in the language (Finnish for a language without them). */
    T of(short areaId, String language);

    /** The contacts typed in a form whose fields are named {@code <language>-<text>}, for every language. */
    Map<String, T> typed(Function<String, String> form);

    /**
     * Sets the area's contacts in every language together (the caller has checked that the area is the
     * administrator's): all or none, in the administrators' audit trail; refused next to the field
     * {@code <language>-<text>} for a required text left empty, a text over the limit or a missing language.
     */
    void set(Administrator by, short areaId, Map<String, T> byLanguage);
}
