package fi.placera.evaluation;

import fi.placera.platform.Administrator;
import java.util.Map;
import java.util.function.Function;

/**
 * Whom a client can turn to in a crisis, per welfare area and language (fi, sv, en): shown to a client whose answer
 * raised a safety alert. The national crisis lines and 112 are shipped as defaults; an area's administrator confirms
 * or changes them for the area.
 */
public interface CrisisContacts {

    int MAX_LENGTH = 300;

    /** The contacts in one language: {@code confirmed} is false while the area shows the national defaults. */
    record Contacts(String crisisLine, String emergency, String localHelp, boolean confirmed) {
    }

    /** The area's contacts in the language (Finnish for a language without contacts). */
    Contacts of(short areaId, String language);

    /** The contacts typed in a form whose fields are {@code <language>-<text>} (texts: crisisLine, emergency, localHelp), every language. */
    Map<String, Contacts> typed(Function<String, String> form);

    /**
     * Sets the area's contacts in every language (fi, sv, en) together: all or none, in the administrators' audit
     * trail. Refused (fields {@code
     * <language>-crisisLine}, {@code <language>-emergency}, {@code <language>-localHelp}) for an empty crisis line or
     * emergency number or a text over {@value #MAX_LENGTH} characters, or when a language is missing.
     */
    void set(Administrator by, short areaId, Map<String, Contacts> byLanguage);
}
